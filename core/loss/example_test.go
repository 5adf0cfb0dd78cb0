package loss_test

import (
	"fmt"

	"descent/core/loss"
)

// A batch of two samples with two outputs each: the batch loss is the mean
// of the per-sample losses, and its gradient is each sample's gradient
// divided by the batch size.
func ExampleMean() {
	bce := loss.BinaryCrossentropy()
	yTrue := [][]float64{{1, 0}, {0, 1}}
	yPred := [][]float64{{0.9, 0.2}, {0.2, 0.6}}

	perSample := make([]float64, 2)
	loss.PerSample(bce, yTrue, yPred, perSample)
	fmt.Printf("per sample %.4f\n", perSample)
	fmt.Printf("batch mean %.4f\n", loss.Mean(bce, yTrue, yPred))

	grad := [][]float64{make([]float64, 2), make([]float64, 2)}
	loss.GradOfMean(bce, yTrue, yPred, grad)
	fmt.Printf("gradient   %.4f\n", grad)
	// Output:
	// per sample [0.1643 0.3670]
	// batch mean 0.2656
	// gradient   [[-0.2778 0.3125] [0.3125 -0.4167]]
}

// Losses by their Keras names, with parameters; bad names and parameters are
// errors that say what would have been valid.
func ExampleByName() {
	huber, err := loss.ByName("huber", map[string]float64{"delta": 0.5})
	fmt.Println(huber, err)

	mse, _ := loss.ByName("mse", nil)
	fmt.Println(mse.Name(), mse.Sample([]float64{1, 2}, []float64{1.5, 0}))

	_, err = loss.ByName("huber", map[string]float64{"gamma": 2})
	fmt.Println(err)
	// Output:
	// huber(delta=0.5) <nil>
	// mean_squared_error 2.125
	// loss huber has no parameter "gamma"; its parameters: delta (default 1)
}

// Why logits are better than probabilities for a confident wrong answer: the
// probability is clipped to ε = 1e-7, so the loss is capped near 16.1 and its
// gradient is zero; on logits the loss keeps growing and the gradient keeps
// pointing the right way.
func ExampleBinaryCrossentropyFromLogits() {
	yTrue := []float64{1}
	grad := make([]float64, 1)

	probs := loss.BinaryCrossentropy()
	probs.SampleGrad(yTrue, []float64{0}, grad)
	fmt.Printf("p = 0:   loss %.3f, gradient %g\n", probs.Sample(yTrue, []float64{0}), grad[0])

	logits := loss.BinaryCrossentropyFromLogits()
	logits.SampleGrad(yTrue, []float64{-40}, grad)
	fmt.Printf("x = −40: loss %.3f, gradient %g\n", logits.Sample(yTrue, []float64{-40}), grad[0])
	// Output:
	// p = 0:   loss 16.118, gradient 0
	// x = −40: loss 40.000, gradient -1
}
