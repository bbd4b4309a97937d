import { mkdtemp, readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin } from '../helpers.js';
import { KEY, Terminal } from './terminal.js';

const TODAY = '2027-01-08';

async function freshDir(): Promise<string> {
  return path.join(await mkdtemp(path.join(tmpdir(), 'edito-init-')), 'client');
}

async function validateErrors(dir: string): Promise<{ code: number; errors: unknown[]; warnings: unknown[] }> {
  const { code, stdout } = await runBin(['validate', '--dir', dir, '--format', 'json']);
  const messages = (JSON.parse(stdout) as { messages: { severity: number; ruleId: string; message: string }[] }[]).flatMap((f) => f.messages);
  return { code, errors: messages.filter((m) => m.severity === 2), warnings: messages.filter((m) => m.severity === 1) };
}

const read = (dir: string, file: string) => readFile(path.join(dir, file), 'utf8');

describe('edito init, the wizard in a terminal', () => {
  it('answers every question in English and writes a workspace that validates', async () => {
    const dir = await freshDir();
    const term = new Terminal(['init', dir, '--today', TODAY], { cwd: tmpdir(), env: { LANG: 'en_GB.UTF-8', TZ: 'Europe/London' } });
    try {
      await term.answer('Language / Langue');
      await term.answer('Name of the brand', 'Acme Studio');
      await term.answer('Time zone of the publishing times');
      await term.answer('Country for public holidays');
      await term.answer('On which networks', KEY.space);
      await term.answer('Objective 1', 'Grow the LinkedIn audience');
      await term.answer('Kind of objective');
      await term.answer('Which figure measures it');
      await term.answer('Measured on which network');
      await term.answer("Today's figure", '1000');
      // A target 21 times the baseline fails the A of SMART (Achievable): explained, and asked again.
      await term.answer('Target:', '+2000%');
      await term.waitFor('R — objective "linkedin-followers" is not Achievable');
      term.type(KEY.backspace.repeat(6));
      term.type(`+30%${KEY.enter}`);
      await term.answer('Deadline');
      await term.answer('Add another objective?');
      await term.answer('Persona 1', 'Sam, founder');
      await term.answer('Business sector', 'Retail');
      await term.answer('Job or role', 'Founder');
      await term.answer('Age range', '30-45');
      await term.answer('Where they live or work', 'Leeds');
      await term.answer('Interests', 'design, growth');
      await term.answer('Business challenges', 'find customers');
      await term.answer('Add another persona?');
      await term.answer('Add a competitor to the benchmark?');
      await term.answer('Competitor 1: name', 'Rival Ltd');
      await term.answer('Their positioning', 'Cheap and fast');
      await term.answer('Their tone', 'bold, direct');
      await term.answer('LinkedIn: their followers', '2500');
      await term.answer('LinkedIn: their posts per week', '3');
      await term.answer('Add another competitor? (1 of 5 suggested)', KEY.down);
      await term.waitFor('Editorial line of LinkedIn');
      await term.answer('Themes of the posts', 'Tips, Case studies');
      await term.answer('Share of "Tips"', '50');
      await term.answer('Share of "Case studies"', '40');
      await term.answer('The weights add up to 90, not 100');
      await term.answer('Formats allowed on LinkedIn');
      await term.answer('How do posts address readers?');
      await term.answer('Most emojis in a post', '1');
      await term.answer('Fewest hashtags in a post');
      await term.answer('Most hashtags in a post');
      await term.answer('Fewest posts per week');
      await term.answer('Most posts per week');
      await term.answer('Publishing days');
      await term.answer('Publishing times', '09:00, 17:30');
      await term.waitFor('Next steps:');
      expect(await term.exit).toBe(0);
    } finally {
      term.kill();
    }
    expect(term.screen).toContain('Created the workspace of "Acme Studio"');
    expect(term.screen).toMatch(/edito new --next --network linkedin +write the next post/);

    const result = await validateErrors(dir);
    expect(result.errors).toEqual([]);
    expect(result.code).toBe(0);

    const objectives = await read(dir, 'strategy/objectives.yaml');
    expect(objectives).toContain('# What the objective aims at, in a sentence.');
    expect(objectives).toMatch(/title: Grow the LinkedIn audience\n[\s\S]*baseline: 1000\n[\s\S]*target: "\+30%"\n[\s\S]*deadline: 2027-04-07/);
    const line = await read(dir, 'charter/networks/linkedin.yaml');
    expect(line.split('\n')[0]).toBe('# yaml-language-server: $schema=../../.edito/schemas/network.schema.json');
    expect(line).toMatch(/id: tips\n\s+label: Tips\n\s+weight: 56/);
    expect(line).toMatch(/id: case-studies\n\s+label: Case studies\n\s+weight: 44/);
    expect(line).toContain('times: ["09:00", "17:30"]');
    expect(line).toContain('personas: [sam-founder]');
    const competitors = await read(dir, 'strategy/competitors.yaml');
    expect(competitors).toMatch(/name: Rival Ltd[\s\S]*linkedin:\n\s+followers: 2500\n\s+posts_per_week: 3/);
    expect(await read(dir, 'edito.yaml')).toMatch(/brand: Acme Studio\n[\s\S]*timezone: Europe\/London\n[\s\S]*country: GB/);
  });

  it('asks in French when French is chosen, and writes French templates', async () => {
    const dir = await freshDir();
    const term = new Terminal(['init', '--dir', dir, '--today', TODAY], { cwd: tmpdir(), env: { LANG: 'en_US.UTF-8', TZ: 'Europe/Paris' } });
    try {
      await term.answer('Language / Langue', KEY.up); // Français is above English
      await term.answer('Nom de la marque', 'Fournil des Pentes');
      await term.answer('Fuseau horaire');
      await term.answer('Pays des jours fériés', `${KEY.backspace.repeat(2)}FR`);
      await term.answer('Sur quels réseaux', `${KEY.space}${KEY.down}${KEY.down}${KEY.down}${KEY.space}`);
      await term.answer('Objectif 1', 'Faire venir des clients en boutique');
      await term.answer("Type d'objectif", KEY.down.repeat(2)); // trafic
      await term.answer('Quel chiffre le mesure', KEY.down.repeat(8)); // clicks
      await term.answer('Mesuré sur quel réseau', KEY.down); // Instagram
      await term.answer('Chiffre actuel', '200');
      await term.answer('Cible', '260');
      await term.answer('Échéance', `${KEY.backspace.repeat(10)}2026-12-31`);
      await term.waitFor("T — l'objectif « instagram-clicks » n'est pas Temporellement défini");
      term.type(`${KEY.backspace.repeat(10)}2027-06-30${KEY.enter}`);
      await term.answer('Ajouter un autre objectif ?');
      await term.answer('Persona 1', 'Léa, étudiante');
      await term.answer("Secteur d'activité", 'Études');
      await term.answer('Métier ou fonction', 'Étudiante');
      await term.answer("Tranche d'âge", '18-25');
      await term.answer('Où il vit ou travaille', 'Lyon');
      await term.answer("Centres d'intérêt", 'pâtisserie, sorties');
      await term.answer('Enjeux professionnels', 'petit budget');
      await term.answer("Sur quels réseaux peut-on l'atteindre ?", KEY.space); // LinkedIn unticked
      await term.answer('Ajouter un autre persona ?');
      await term.answer('Ajouter un concurrent au benchmark ?', KEY.down);
      await term.waitFor('Ligne éditoriale LinkedIn');
      for (const question of ['Thématiques', 'Part de « Expertise »', 'Part de « Actualités »', 'Part de « Coulisses »', 'Formats autorisés sur LinkedIn',
        'Comment les publications', "Nombre maximal d'émojis", 'Nombre minimal de hashtags', 'Nombre maximal de hashtags',
        'Nombre minimal de publications par semaine', 'Nombre maximal de publications par semaine', 'Jours de publication', 'Heures de publication']) {
        await term.answer(question);
      }
      await term.waitFor('Ligne éditoriale Instagram');
      await term.answer('Thématiques', `${KEY.backspace.repeat(40)}Produits, Coulisses`);
      await term.answer('Part de « Produits »', '70');
      await term.answer('Part de « Coulisses »', '30');
      await term.answer('Formats autorisés sur Instagram');
      await term.answer('Comment les publications', KEY.down); // tu
      for (const question of ["Nombre maximal d'émojis", 'Nombre minimal de hashtags', 'Nombre maximal de hashtags',
        'Nombre minimal de publications par semaine', 'Nombre maximal de publications par semaine', 'Jours de publication', 'Heures de publication']) {
        await term.answer(question);
      }
      await term.waitFor('Et maintenant :');
      expect(await term.exit).toBe(0);
    } finally {
      term.kill();
    }
    expect(term.screen).toContain('Espace de travail de « Fournil des Pentes » créé');

    const result = await validateErrors(dir);
    expect(result.errors).toEqual([]);
    expect(result.code).toBe(0);
    const instagram = await read(dir, 'charter/networks/instagram.yaml');
    expect(instagram).toContain('# Les thématiques des publications et leur part dans le mix en %');
    expect(instagram).toContain('register: tu');
    expect(instagram).toContain('days: [lun, mer, ven]');
    expect(instagram).toContain('objectives: [instagram-clicks]');
    expect(instagram).toContain('personas: [lea-etudiante]');
    const linkedin = await read(dir, 'charter/networks/linkedin.yaml');
    expect(linkedin).toContain('register: vous');
    expect(linkedin).toContain('personas: []');
    expect(await read(dir, 'strategy/objectives.yaml')).toMatch(/kind: traffic\n[\s\S]*kpi: clicks\n[\s\S]*network: instagram/);
    expect(await read(dir, 'calendar/key-dates.yaml')).toMatch(/holidays:\n\s+country: FR\n\s+policy: skip/);
  });

  it('leaves no file behind and exits 130 when Ctrl-C answers a question', async () => {
    const dir = await freshDir();
    const term = new Terminal(['init', dir, '--today', TODAY], { cwd: tmpdir(), env: { LANG: 'en_GB.UTF-8', TZ: 'UTC' } });
    try {
      await term.answer('Language / Langue');
      await term.answer('Name of the brand', 'Acme');
      await term.answer('Time zone of the publishing times');
      await term.answer('Country for public holidays');
      await term.waitFor('On which networks');
      term.type(KEY.ctrlC);
      expect(await term.exit).toBe(130);
    } finally {
      term.kill();
    }
    expect(term.screen).toContain('Cancelled: nothing was written.');
    expect(await readdir(path.dirname(dir))).toEqual([]);
  });
});

describe('edito init --yes', () => {
  it('writes a workspace that validates, plans and documents its defaults', async () => {
    const dir = path.dirname(await freshDir());
    const init = await runBin(['init', '--yes', '--brand', 'Test', '--networks', 'linkedin,instagram', '--dir', dir, '--today', TODAY]);
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('Created the workspace of "Test"');
    expect(init.stdout).toContain('edito validate');

    const result = await validateErrors(dir);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.code).toBe(0);

    const plan = await runBin(['plan', '--dir', dir, '--format', 'json', '--today', TODAY]);
    expect(plan.code).toBe(0);
    const slots = (JSON.parse(plan.stdout) as { slots: { network: string }[] }).slots;
    expect(slots.some((s) => s.network === 'linkedin')).toBe(true);
    expect(slots.some((s) => s.network === 'instagram')).toBe(true);

    const files = (await readdir(dir, { recursive: true })).map((f) => f.split(path.sep).join('/')).sort();
    expect(files).toEqual(expect.arrayContaining([
      '.edito/schemas/network.schema.json', '.gitignore', 'calendar/key-dates.yaml', 'charter/charter.yaml',
      'charter/networks/instagram.yaml', 'charter/networks/linkedin.yaml', 'edito.yaml', 'strategy/competitors.yaml',
      'strategy/objectives.yaml', 'strategy/personas.yaml',
    ]));
    expect(files.filter((f) => f.startsWith('posts/') && f.endsWith('.md'))).toEqual(['posts/2027/01/2027-01-26-linkedin-sample-post.md']);
  });

  it('takes the folder as an argument and writes French with --locale fr', async () => {
    const dir = await freshDir();
    const init = await runBin(['init', dir, '--yes', '--locale', 'fr', '--networks', 'x', '--country', 'BE', '--timezone', 'Europe/Brussels', '--today', TODAY]);
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('Espace de travail de « client » créé');
    expect(init.stdout).toContain('Et maintenant :');
    expect((await validateErrors(dir)).errors).toEqual([]);
    const settings = await read(dir, 'edito.yaml');
    expect(settings).toContain('# Le nom de la marque');
    expect(settings).toMatch(/brand: client\nlocale: fr|brand: client\n[\s\S]*locale: fr/);
    expect(settings).toMatch(/timezone: Europe\/Brussels\n[\s\S]*country: BE/);
  });

  it('refuses to overwrite, lists the conflicts and exits 2; --force overwrites', async () => {
    const dir = await freshDir();
    await mkdir(path.join(dir, 'strategy'), { recursive: true });
    await writeFile(path.join(dir, 'edito.yaml'), 'brand: Mine\n');
    await writeFile(path.join(dir, 'strategy/personas.yaml'), 'personas: []\n');
    await writeFile(path.join(dir, '.gitignore'), 'secret/\n');
    const refused = await runBin(['init', dir, '--yes']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('these files already exist, so nothing was written:');
    expect(refused.stderr).toContain('  edito.yaml\n');
    expect(refused.stderr).toContain('  strategy/personas.yaml\n');
    expect(refused.stderr).toContain('--force');
    expect(await read(dir, 'edito.yaml')).toBe('brand: Mine\n');
    expect((await readdir(dir)).sort()).toEqual(['.gitignore', 'edito.yaml', 'strategy']);

    const forced = await runBin(['init', dir, '--yes', '--force', '--today', TODAY]);
    expect(forced.code).toBe(0);
    expect(await read(dir, 'edito.yaml')).toContain('brand: client');
    // The project's own .gitignore is kept, never overwritten.
    expect(await read(dir, '.gitignore')).toBe('secret/\n');
  });

  it('says why and exits 2 without a terminal and without --yes, instead of waiting', async () => {
    const dir = await freshDir();
    const { code, stdout, stderr } = await runBin(['init', dir], { input: '' });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('cannot ask the questions: the input is not a terminal');
    expect(stderr).toContain('--yes');
    expect(await readdir(path.dirname(dir))).toEqual([]);
  });

  it('refuses unknown networks, time zones and countries with exit 2', async () => {
    const dir = await freshDir();
    for (const [flags, message] of [
      [['--networks', 'linkedin,myspace'], 'unknown network "myspace"'],
      [['--timezone', 'Mars/Olympus'], '"Mars/Olympus" is not a known IANA time zone'],
      [['--country', 'ZZ'], '"ZZ" is not a country code known for public holidays'],
    ] as const) {
      const { code, stderr } = await runBin(['init', dir, '--yes', ...flags]);
      expect(code).toBe(2);
      expect(stderr).toContain(message);
    }
  });
});
