package nn_test

import (
	"context"
	"fmt"

	"descent/core/data"
	"descent/core/loss"
	"descent/core/nn"
	"descent/core/optim"
)

// Train a small network on TensorFlow Playground's XOR set.
func Example() {
	d, _ := data.Generate("xor", 200, 1)
	model, _ := nn.NewSequential(2, 1, nn.Dense(8, nn.Tanh()), nn.Dense(1, nn.Sigmoid()))
	adam, _ := optim.New("adam", map[string]float64{"lr": 0.05})
	model.Compile(adam, loss.BinaryCrossentropy(), nn.BinaryAccuracy("accuracy"))

	h, _ := model.Fit(context.Background(), d.X, d.Y, nn.FitConfig{
		Epochs: 5, BatchSize: 16, Shuffle: true, Seed: 1,
		OnEvent: func(e nn.Event) {
			if e.Kind == nn.EpochEnd {
				fmt.Printf("epoch %d: loss %.2f, accuracy %.2f\n", e.Epoch, e.Values[0], e.Values[1])
			}
		},
	})
	fmt.Println(h.Status)
	// Output:
	// epoch 1: loss 0.70, accuracy 0.53
	// epoch 2: loss 0.66, accuracy 0.62
	// epoch 3: loss 0.58, accuracy 0.78
	// epoch 4: loss 0.45, accuracy 0.94
	// epoch 5: loss 0.32, accuracy 0.97
	// completed
}
