import type { TaxonomyNode } from '../shared/api-types';

export interface TreeRow {
  node: TaxonomyNode;
  depth: number;
}

/** The flat list as an indented tree in reading order: each parent followed by its children, by id. */
export function treeRows(nodes: TaxonomyNode[]): TreeRow[] {
  const children = new Map<string | null, TaxonomyNode[]>();
  const ids = new Set(nodes.map(node => node.id));
  for (const node of nodes) {
    // A node whose parent is unknown is shown at the top rather than lost.
    const parent = node.parentId && ids.has(node.parentId) ? node.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), node]);
  }
  const rows: TreeRow[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number) => {
    for (const node of [...(children.get(parent) ?? [])].sort((a, b) => a.id.localeCompare(b.id))) {
      if (!seen.has(node.id)) {
        seen.add(node.id);
        rows.push({ node, depth });
        walk(node.id, depth + 1);
      }
    }
  };
  walk(null, 0);
  return rows;
}

/** "山登り, 登山、 トレッキング" → the distinct, trimmed entries (ASCII and Japanese commas). */
export function splitList(text: string): string[] {
  return [...new Set(text.split(/[,、，\n]/).map(entry => entry.trim()).filter(Boolean))];
}

const TAG_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isTagId(value: string): boolean {
  return TAG_ID.test(value) && value.length <= 64;
}

/** The ids a node may not take as parent: itself and everything under it (no cycles). */
export function descendants(nodes: TaxonomyNode[], id: string): Set<string> {
  const result = new Set<string>([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const node of nodes) {
      if (node.parentId && result.has(node.parentId) && !result.has(node.id)) {
        result.add(node.id);
        grew = true;
      }
    }
  }
  return result;
}
