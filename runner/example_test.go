package runner_test

import (
	"fmt"

	"descent/runner"
)

func ExampleByChapter() {
	for _, e := range runner.ByChapter("03-algorithms") {
		fmt.Printf("%-9s %s\n", e.Name, e.File)
	}
	// Output:
	// momentum  ch03/momentum.go
	// nesterov  ch03/nesterov.go
	// adagrad   ch03/adagrad.go
	// rmsprop   ch03/rmsprop.go
	// adam      ch03/adam.go
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
