import { Tag } from 'antd';
import type { ReactNode } from 'react';

/** Tones with text dark enough on their background for WCAG AA (antd's preset tag colours are not). */
const TONES = {
  blue: { color: '#0b4f80', background: '#e6f0f8', borderColor: '#b6d2e8' },
  green: { color: '#1d5e20', background: '#eaf6ea', borderColor: '#b7dcb9' },
  orange: { color: '#7a4100', background: '#fff3e0', borderColor: '#f3cf9c' },
  red: { color: '#9b1c1c', background: '#fdecec', borderColor: '#f1b9b9' },
  grey: { color: '#3f3f3f', background: '#f0f0f0', borderColor: '#d0d0d0' },
} as const;
export type Tone = keyof typeof TONES;

export function StatusTag({ tone, children, testId }: { tone: Tone; children: ReactNode; testId?: string }) {
  return (
    <Tag style={TONES[tone]} data-testid={testId}>
      {children}
    </Tag>
  );
}

/** Table text for "nothing here", in the readable secondary colour. */
export function EmptyText({ children }: { children: ReactNode }) {
  return <span style={{ color: 'rgba(0, 0, 0, 0.62)' }}>{children}</span>;
}
