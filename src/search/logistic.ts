/**
 * Logistic regression, for fitting the answer decision: standardised
 * features, an L2 penalty, fitted by Newton's method (iteratively reweighted
 * least squares), which converges in a few steps on a handful of features.
 *
 * ```ts
 * const model = fitLogistic(rows, labels, { penalty: 1 });
 * predictLogistic(model, rows[0]); // 0.93
 * ```
 */

export interface LogisticModel {
  /** Per feature: (x − mean) / scale is what is weighed. */
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
}

export interface LogisticOptions {
  /** L2 penalty on the weights (not the bias), in units of the standardised features. Default: 1. */
  penalty?: number;
  /** Newton steps at most. Default: 50. */
  iterations?: number;
}

export function predictLogistic(model: LogisticModel, row: number[]): number {
  let z = model.bias;
  for (let j = 0; j < row.length; j++) z += model.weights[j]! * ((row[j]! - model.mean[j]!) / model.scale[j]!);
  return 1 / (1 + Math.exp(-z));
}

export function fitLogistic(rows: number[][], labels: boolean[], options: LogisticOptions = {}): LogisticModel {
  const penalty = options.penalty ?? 1;
  const n = rows.length;
  const d = rows[0]?.length ?? 0;
  const mean = Array.from({ length: d }, (_, j) => rows.reduce((s, r) => s + r[j]!, 0) / Math.max(1, n));
  const scale = mean.map((m, j) => Math.sqrt(rows.reduce((s, r) => s + (r[j]! - m) ** 2, 0) / Math.max(1, n)) || 1);
  // Design matrix with a leading 1 for the bias.
  const x = rows.map((r) => [1, ...r.map((v, j) => (v - mean[j]!) / scale[j]!)]);
  const y = labels.map((l) => (l ? 1 : 0));
  let beta = new Array<number>(d + 1).fill(0);
  for (let step = 0; step < (options.iterations ?? 50); step++) {
    const gradient = new Array<number>(d + 1).fill(0);
    const hessian = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    for (let i = 0; i < n; i++) {
      const xi = x[i]!;
      const p = 1 / (1 + Math.exp(-xi.reduce((s, v, j) => s + v * beta[j]!, 0)));
      const w = Math.max(p * (1 - p), 1e-9);
      for (let j = 0; j <= d; j++) {
        gradient[j]! += (y[i]! - p) * xi[j]!;
        for (let k = 0; k <= d; k++) hessian[j]![k]! += w * xi[j]! * xi[k]!;
      }
    }
    for (let j = 1; j <= d; j++) {
      gradient[j]! -= penalty * beta[j]!;
      hessian[j]![j]! += penalty;
    }
    const delta = solve(hessian, gradient);
    beta = beta.map((b, j) => b + delta[j]!);
    if (Math.max(...delta.map(Math.abs)) < 1e-8) break;
  }
  return { mean, scale, weights: beta.slice(1), bias: beta[0]! };
}

/** Solves A·x = b by Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    const lead = m[col]![col]! || 1e-12;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const factor = m[r]![col]! / lead;
      if (factor === 0) continue;
      for (let k = col; k <= n; k++) m[r]![k]! -= factor * m[col]![k]!;
    }
  }
  return m.map((row, i) => row[n]! / (row[i]! || 1e-12));
}
