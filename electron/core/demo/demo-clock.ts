/**
 * The core's clock reads `wall`; the services read `at`. They only differ
 * when the folder already holds changes later than the demo period: the
 * clock then moves on a millisecond per event instead of counting up its
 * counter at one frozen millisecond.
 */
export class DemoClock {
  at = Date.now();
  wall = this.at;
  private floor = 0;
  /** The latest change already in the folder: the clock never goes back before it. */
  startAfter(millis: number): void {
    this.floor = millis;
  }
  moveTo(at: number): void {
    this.at = at;
    this.floor = at > this.floor ? at : this.floor + 1;
    this.wall = this.floor;
  }
}
