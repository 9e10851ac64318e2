import { useEffect, useState } from 'react';
import { listOffices, type Office, type OfficeLevel } from '../api/admin';

export const OFFICE_LEVEL_NAMES: Record<OfficeLevel, string> = {
  city: '市',
  district: '区县(市)',
  industry: '产业/系统',
  park: '园区',
  town: '乡镇(街道)',
  village: '村(社区)',
};

export interface OfficeNode {
  value: string;
  title: string;
  key: string;
  office: Office;
  children: OfficeNode[];
}

/** The offices of my subtree as a tree (the API lists them top down, each with its parent). */
export function officeTree(offices: Office[]): OfficeNode[] {
  const nodes = new Map<string, OfficeNode>(offices.map((o) => [o.id, { value: o.id, key: o.id, title: o.name, office: o, children: [] }]));
  const roots: OfficeNode[] = [];
  for (const o of offices) {
    const node = nodes.get(o.id)!;
    const parent = o.parentId ? nodes.get(o.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

let cached: Promise<Office[]> | null = null;

/** The offices of my subtree, read once per page load (they change rarely); `refresh` after a change. */
export function useOffices(): { offices: Office[]; byId: Map<string, Office>; loading: boolean; refresh: () => void } {
  const [offices, setOffices] = useState<Office[]>([]);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    cached ??= listOffices().then((r) => r.items);
    cached.then(
      (items) => {
        if (!live) return;
        setOffices(items);
        setLoading(false);
      },
      () => {
        cached = null;
        if (live) setLoading(false);
      },
    );
    return () => {
      live = false;
    };
  }, [tick]);
  return {
    offices,
    byId: new Map(offices.map((o) => [o.id, o])),
    loading,
    refresh: () => {
      cached = null;
      setTick((t) => t + 1);
    },
  };
}

/** Forget the cached offices (after signing out, or after creating one). */
export function forgetOffices(): void {
  cached = null;
}
