/** The part of jStat 1.9.6 (`jstat` on npm, MIT) the interlinkage test uses: Student's t distribution. */
declare module 'jstat' {
  const jStat: {
    studentt: {
      /** P(T ≤ x) for Student's t with `dof` degrees of freedom. */
      cdf(x: number, dof: number): number;
    };
  };
  export default jStat;
}
