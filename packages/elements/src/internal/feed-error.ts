/** Why a publication feed could not be read; the component turns the code into a message. */
export type FeedProblem = 'damaged' | 'not-a-feed';

export class FeedError extends Error {
  readonly problem: FeedProblem;
  constructor(problem: FeedProblem) {
    super(`woo-kit could not read the publication feed (${problem})`);
    this.problem = problem;
  }
}
