/** A failure that stops a command with exit code 2 and a translated message. */
export class CannotRun extends Error {
  constructor(readonly messageId: string, readonly params: Record<string, string | number> = {}, readonly hintId?: string) {
    super(messageId);
  }
}
