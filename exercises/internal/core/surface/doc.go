// Code generated from descent/core/surface by go test ./runner -run Pristine -update; DO NOT EDIT.

// Package surface holds two-dimensional test functions for optimizers: a
// gentle quadratic bowl, Rosenbrock's banana valley, Beale's flat plateaus,
// Himmelblau's four minima, a saddle, and an ellipse of any condition number.
//
// Each Surface has its value, its analytic gradient, its known minima, a
// suggested start and a window to plot it in. Because they are 2-D, an
// optimizer's path over them can be drawn: this is where a learner sees
// momentum overshoot and Adam crawl along a valley.
//
// Sources for the formulas and minima: Rosenbrock (1960), Beale (1958),
// Himmelblau (1972), as collected in Jamil & Yang, "A literature survey of
// benchmark functions for global optimization problems" (2013).
package surface
