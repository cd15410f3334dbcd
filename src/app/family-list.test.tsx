import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { tinyCatalogue } from '../../tests/fixtures/tiny-catalogue.ts';
import { FamilyList } from './family-list.tsx';

describe('FamilyList', () => {
  it('lists every family in both languages', () => {
    render(<FamilyList families={tinyCatalogue().families} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('POS 故障诊断');
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]).toHaveTextContent('中文F');
    expect(items[0]).toHaveTextContent('F');
  });
});
