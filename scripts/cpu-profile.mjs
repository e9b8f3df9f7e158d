// A V8 CPU profile (CDP Profiler) as a tree: each node by id, each node's parent, and a
// readable name per frame (function, file:line). Shared by the profile-*.mjs scripts.
export function profileTree(profile) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const nameOf = (node) => {
    const { functionName, url, lineNumber } = node.callFrame;
    const where = url ? `${url.split('/').pop()}:${lineNumber + 1}` : '';
    return `${functionName || '(anonymous)'} ${where}`.trim();
  };
  return { nodes, parent, nameOf };
}
