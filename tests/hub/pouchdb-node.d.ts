// The part of pouchdb-node's API the hub tests use (the package ships no types).
declare module 'pouchdb-node' {
  export interface Doc {
    _id: string;
    _rev?: string;
    _conflicts?: string[];
    [field: string]: unknown;
  }
  export interface ReplicationResult {
    ok: boolean;
    docs_read: number;
    docs_written: number;
    doc_write_failures: number;
  }
  export interface Replication extends Promise<ReplicationResult> {
    on(event: 'change', listener: (info: ReplicationResult) => void): this;
    on(event: 'error', listener: (error: unknown) => void): this;
    cancel(): void;
  }
  export type Fetch = (
    url: string,
    options: { method?: string; body?: unknown },
  ) => Promise<{
    status: number;
  }>;
  export interface Options {
    auth?: { username: string; password: string };
    fetch?: Fetch;
    skip_setup?: boolean;
  }
  export interface ReplicateOptions {
    batch_size?: number;
    batches_limit?: number;
  }
  export default class PouchDB {
    constructor(name: string, options?: Options);
    static fetch: Fetch;
    bulkDocs(docs: Doc[], options?: { new_edits?: boolean }): Promise<unknown[]>;
    put(doc: Doc): Promise<{ ok: boolean; id: string; rev: string }>;
    get(id: string, options?: { conflicts?: boolean }): Promise<Doc>;
    allDocs(options?: {
      include_docs?: boolean;
      conflicts?: boolean;
    }): Promise<{ total_rows: number; rows: { id: string; value: { rev: string }; doc?: Doc }[] }>;
    info(): Promise<{ doc_count: number; update_seq: number | string }>;
    close(): Promise<void>;
    destroy(): Promise<void>;
    replicate: {
      to(target: PouchDB | string, options?: ReplicateOptions): Replication;
      from(source: PouchDB | string, options?: ReplicateOptions): Replication;
    };
  }
}
