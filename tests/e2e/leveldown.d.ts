// The part of leveldown's API the hub's end-to-end scan uses (PouchDB's LevelDB binding,
// installed with pouchdb-node; the package ships no types).
declare module 'leveldown' {
  type Done = (error: Error | undefined) => void;
  export interface LevelIterator {
    next(callback: (error: Error | undefined, key?: Buffer, value?: Buffer) => void): void;
    end(callback: Done): void;
  }
  export interface LevelDown {
    open(options: { createIfMissing: boolean }, callback: Done): void;
    iterator(options: { keyAsBuffer: true; valueAsBuffer: true }): LevelIterator;
    close(callback: Done): void;
  }
  export default function leveldown(location: string): LevelDown;
}
