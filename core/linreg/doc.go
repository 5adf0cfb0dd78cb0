// Package linreg is the first source document's example done right: linear
// regression by gradient descent on y ≈ θ₀ + θ₁·x, in short functions the
// chapters quote.
//
// The document's numpy code has three faults, and this package shows each
// before fixing it:
//
//  1. X has one column but θ has two entries (a bias and a slope), so X·θ is
//     a shape error. OriginalPrediction reports it as an error value, the way
//     numpy raises "shapes (100,1) and (2,) not aligned". The fix is a
//     column of ones in front of x (WithBias).
//  2. Its noise, np.random.randn(100, 1), is a column, and numpy broadcasts
//     the vector X·θ plus that column into a 100 × 100 matrix y; the first
//     update then fails. The fix is to draw the noise as a vector. Here the
//     data are vectors from the start (DocumentData), so the fault cannot
//     occur; chapter 4 traces it with numpy's shape rules.
//  3. Its gradient is 2·Xᵀ(Xθ − y), the gradient of the SUM of squared
//     errors, not of their mean. The sum's curvature grows with n: its
//     Hessian is 2·XᵀX, whose largest eigenvalue L is about 2n for standard
//     normal x. Gradient descent on a quadratic is stable only for
//     η < 2/L; with n = 100 that is about 0.01, and the document's
//     η = 0.01 lies past it, so the iteration diverges. Dividing by n
//     (MeanGradient) makes L about 2, and η = 0.01 converges.
//
// NumpyRandom reproduces numpy's legacy generator bit for bit, so
// DocumentData gives the document's own 100 points for seed 0.
//
// Fit runs the corrected descent and LeastSquares gives the closed-form
// answer, (XᵀX)⁻¹Xᵀy, computed with gonum by QR, to check it against.
package linreg
