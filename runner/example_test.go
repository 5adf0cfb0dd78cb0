package runner_test

import (
	"fmt"

	"descent/runner"
)

func ExampleByChapter() {
	for _, e := range runner.ByChapter("03-algorithms") {
		fmt.Printf("%-13s %s\n", e.Name, e.File)
	}
	// Output:
	// momentum      ch03/momentum.go
	// momentum_sign ch03/momentum_sign.go
	// adagrad       ch03/adagrad.go
	// rmsprop       ch03/rmsprop.go
	// clip_norm     ch03/clip_norm.go
	// warmup_cosine ch03/warmup_cosine.go
	// nesterov      ch03/nesterov.go
	// adam          ch03/adam.go
	// nag_printed   ch03/nag_printed.go
	// armijo        ch03/armijo.go
	// heavy_ball    ch03/heavy_ball.go
	// warmup        ch03/warmup.go
	// momentum_rate ch03/momentum_rate.go
	// adamw         ch03/adamw.go
}

func ExampleFind() {
	_, err := runner.Find("nestrov")
	fmt.Println(err != nil)
	e, _ := runner.Find("nesterov")
	fmt.Println(e.Chapter, e.Summary)
	// Output:
	// true
	// 03-algorithms Nesterov momentum with the look-ahead gradient
}
