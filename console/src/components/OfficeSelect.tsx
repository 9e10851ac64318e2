import { TreeSelect } from 'antd';
import { officeTree, useOffices } from '../lib/offices';

interface Props {
  value?: string;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  style?: React.CSSProperties;
  id?: string;
}

/** An office of my subtree, picked from the tree. */
export function OfficeSelect({ value, onChange, placeholder = '所属和创办', allowClear = true, style, id }: Props) {
  const { offices, loading } = useOffices();
  return (
    <TreeSelect
      id={id}
      value={value}
      onChange={(v: string | undefined) => onChange?.(v ?? undefined)}
      treeData={officeTree(offices)}
      placeholder={placeholder}
      allowClear={allowClear}
      loading={loading}
      showSearch
      treeNodeFilterProp="title"
      treeDefaultExpandAll
      style={{ minWidth: 200, ...style }}
      popupMatchSelectWidth={false}
    />
  );
}
