import { useState } from 'react';
import type { FormInstance } from 'antd';
import { ApiError, type Problem } from '../api/client';
import { fieldErrors } from '../api/problems';

/**
 * Shows a refusal where it belongs: the problem's field errors next to their fields, and what is left
 * (or a problem without field errors) above the form.
 */
export function useProblemForm<T>(form: FormInstance<T>) {
  const [problem, setProblem] = useState<Problem | null>(null);
  return {
    problem,
    clear: () => setProblem(null),
    show(error: unknown) {
      if (!(error instanceof ApiError)) throw error;
      const fields = fieldErrors(error.problem);
      const placed = fields.filter((f) => {
        try {
          form.getFieldInstance(f.name as never);
          return form.getFieldInstance(f.name as never) !== undefined;
        } catch {
          return false;
        }
      });
      if (placed.length) form.setFields(placed as never);
      // Whatever could not be put next to a field stays visible above the form.
      setProblem(placed.length && placed.length === fields.length ? null : error.problem);
    },
  };
}
