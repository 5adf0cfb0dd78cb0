// Package num formats numbers for people to read: a bounded width, four
// significant digits, and words instead of NaN or Inf.
//
// A number on screen is a claim, so every printed float in descent goes
// through here (or through a format with the same bounds): a loss of
// 1.5e289 prints as "1.5e+289", never as a 290-digit %.4f, and a value
// that is not finite prints as a word a caller is expected to have
// replaced with a status long before ("diverged at step 84 …").
package num
