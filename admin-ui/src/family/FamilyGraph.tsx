import { Background, Controls, Handle, Position, ReactFlow, useReactFlow } from '@xyflow/react';
import type { Edge, Node, NodeProps } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { Box, Typography } from '@mui/material';
import { useEffect, useMemo } from 'react';
import { useTranslate } from 'react-admin';
import { NODE_HEIGHT, NODE_WIDTH, familyLayout } from './familyLayout';
import type { FamilyPerson, FamilyRelation } from './familyLayout';

type PersonNode = Node<{ person: FamilyPerson; selected: boolean }, 'person'>;

const shortDate = (iso: string) => iso.split('-').reverse().join('.');

function PersonCard({ data }: NodeProps<PersonNode>) {
  const { person, selected } = data;
  return (
    <Box
      data-testid={`family-node-${person.id}`}
      sx={{
        width: NODE_WIDTH,
        height: NODE_HEIGHT,
        boxSizing: 'border-box',
        p: 1,
        borderRadius: 1,
        border: 2,
        borderColor: selected ? 'primary.main' : 'divider',
        bgcolor: 'background.paper',
      }}
    >
      <Handle id="top" type="target" position={Position.Top} isConnectable={false} style={HIDDEN} />
      <Handle id="left" type="target" position={Position.Left} isConnectable={false} style={HIDDEN} />
      <Typography variant="body2" sx={{ fontWeight: 'bold' }}>
        {person.lastName} {person.firstName}
      </Typography>
      <Typography variant="caption">{[person.middleName, shortDate(person.birthDate)].filter(Boolean).join(' · ')}</Typography>
      <Handle id="bottom" type="source" position={Position.Bottom} isConnectable={false} style={HIDDEN} />
      <Handle id="right" type="source" position={Position.Right} isConnectable={false} style={HIDDEN} />
    </Box>
  );
}

const HIDDEN = { opacity: 0 };
const NODE_TYPES = { person: PersonCard };
const HANDLES = [
  { id: 'top', type: 'target' as const, position: Position.Top, x: NODE_WIDTH / 2, y: 0, width: 1, height: 1 },
  { id: 'bottom', type: 'source' as const, position: Position.Bottom, x: NODE_WIDTH / 2, y: NODE_HEIGHT, width: 1, height: 1 },
  { id: 'left', type: 'target' as const, position: Position.Left, x: 0, y: NODE_HEIGHT / 2, width: 1, height: 1 },
  { id: 'right', type: 'source' as const, position: Position.Right, x: NODE_WIDTH, y: NODE_HEIGHT / 2, width: 1, height: 1 },
];

/** The family map: persons as nodes, typed relations as edges; a click (or Enter on a focused node) selects a person. */
export function FamilyGraph({
  persons,
  relations,
  selectedId,
  onSelect,
}: {
  persons: FamilyPerson[];
  relations: FamilyRelation[];
  selectedId?: string;
  onSelect?: (personId: string) => void;
}) {
  const translate = useTranslate();
  const { nodes, edges } = useMemo(() => familyLayout(persons, relations), [persons, relations]);
  const flowNodes: PersonNode[] = nodes.map(({ person, x, y }) => ({
    id: person.id,
    type: 'person',
    position: { x, y },
    data: { person, selected: person.id === selectedId },
    ariaLabel: `${person.lastName} ${person.firstName}`,
    // Sizes and handles given up front: the edges are placed without waiting for the browser to measure the cards.
    width: NODE_WIDTH,
    height: NODE_HEIGHT,
    handles: HANDLES,
  }));
  const placed = new Map(nodes.map((n) => [n.person.id, n]));
  const flowEdges: Edge[] = edges.map((edge) => {
    const [from, to] = [placed.get(edge.source), placed.get(edge.target)];
    const label = translate(`app.relation.edge.${edge.kind}`);
    if (!from || !to || from.generation !== to.generation) {
      return {
        id: edge.id,
        source: edge.source,
        target: edge.target,
        sourceHandle: 'bottom',
        targetHandle: 'top',
        label,
        type: 'smoothstep',
      };
    }
    // Within a generation the line runs side to side, from the left card to the right one.
    const [left, right] = from.x < to.x ? [edge.source, edge.target] : [edge.target, edge.source];
    return { id: edge.id, source: left, target: right, sourceHandle: 'right', targetHandle: 'left', label, type: 'default' };
  });
  return (
    <Box sx={{ height: 360, border: 1, borderColor: 'divider', borderRadius: 1 }} aria-label={translate('app.family.graph')} role="group">
      <ReactFlow
        nodes={flowNodes}
        edges={flowEdges}
        nodeTypes={NODE_TYPES}
        nodesDraggable={false}
        nodesConnectable={false}
        onNodeClick={(_, node) => onSelect?.(node.id)}
        onNodesChange={(changes) => {
          const chosen = changes.find((c) => c.type === 'select' && c.selected);
          if (chosen && chosen.type === 'select') onSelect?.(chosen.id);
        }}
        fitView
        minZoom={0.3}
        // The map's controls speak Russian; the library's mark is not part of the family's map.
        ariaLabelConfig={{
          'controls.ariaLabel': translate('app.workday.graph.controls'),
          'controls.zoomIn.ariaLabel': translate('app.workday.graph.zoomIn'),
          'controls.zoomOut.ariaLabel': translate('app.workday.graph.zoomOut'),
          'controls.fitView.ariaLabel': translate('app.workday.graph.fitView'),
        }}
        proOptions={{ hideAttribution: true }}
      >
        <Background />
        <Controls showInteractive={false} />
        <RefitOnChange count={flowNodes.length} />
      </ReactFlow>
    </Box>
  );
}

/** Fits the map again when a relative is added or removed, so the new person is on screen. */
function RefitOnChange({ count }: { count: number }) {
  const { fitView } = useReactFlow();
  useEffect(() => {
    // After the new node has been measured, or the fit ignores it.
    const timer = setTimeout(() => void fitView({ duration: 200 }), 50);
    return () => clearTimeout(timer);
  }, [count, fitView]);
  return null;
}
