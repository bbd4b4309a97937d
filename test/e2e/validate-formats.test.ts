import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { copyOf, edit, runBin } from '../helpers.js';

/** The valid fixture with one typo in a key of its LinkedIn line. */
async function broken(): Promise<string> {
  const dir = await copyOf('test/fixtures/valid');
  await edit(dir, 'charter/networks/linkedin.yaml', (t) => t.replace('min_gap_hours: 24', 'min_gap_hour: 24'));
  return dir;
}

describe('edito validate speaks every lint reporter', () => {
  it('sarif: one result per finding, its check code as the rule, at its line and column', async () => {
    const dir = await broken();
    const { code, stdout } = await runBin(['validate', '--format', 'sarif'], { cwd: dir });
    expect(code).toBe(1);
    const log = JSON.parse(stdout);
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    const typo = run.results.find((r: { ruleId: string }) => r.ruleId === 'schema-unknown-key');
    expect(typo).toMatchObject({
      level: 'error',
      message: { text: 'frequency.min_gap_hour: unknown key "min_gap_hour" (did you mean "min_gap_hours"?)' },
      locations: [{ physicalLocation: { artifactLocation: { uri: 'charter/networks/linkedin.yaml' }, region: { startLine: 16, startColumn: 3 } } }],
    });
    expect(run.tool.driver.rules[typo.ruleIndex].id).toBe('schema-unknown-key');
  });

  it('github: a workflow annotation on the file and line', async () => {
    const dir = await broken();
    const { code, stdout } = await runBin(['validate', '--format', 'github'], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout).toContain(
      '::error file=charter/networks/linkedin.yaml,line=16,col=3,title=schema-unknown-key::frequency.min_gap_hour: unknown key "min_gap_hour" (did you mean "min_gap_hours"?)\n',
    );
  });

  it('junit: one testcase per file read, the broken one failing', async () => {
    const dir = await broken();
    const { code, stdout } = await runBin(['validate', '--format', 'junit'], { cwd: dir });
    expect(code).toBe(1);
    const xml = new XMLParser({ ignoreAttributes: false }).parse(stdout);
    const cases = [xml.testsuites.testsuite.testcase].flat() as { '@_name': string; failure?: { '@_type': string } }[];
    expect(cases.map((c) => c['@_name'])).toContain('edito.yaml');
    const failing = cases.filter((c) => c.failure);
    expect(failing.map((c) => c['@_name'])).toEqual(['charter/networks/linkedin.yaml']);
    expect(failing[0]!.failure!['@_type']).toBe('error');
  });

  it('a clean workspace gives an empty annotation list and exit 0', async () => {
    const { code, stdout } = await runBin(['validate', '--format', 'github', '--dir', 'test/fixtures/valid']);
    expect(code).toBe(0);
    expect(stdout).toBe('');
  });
});
