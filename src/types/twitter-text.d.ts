// twitter-text ships no types; lint uses only parseTweet.
declare module 'twitter-text' {
  interface ParsedTweet {
    weightedLength: number;
    valid: boolean;
    permillage: number;
  }
  const twitter: { parseTweet: (text: string) => ParsedTweet };
  export default twitter;
}
