package runner

import (
	"bufio"
	"context"
	"strings"
	"testing"
	"time"
)

// The race program runs the learner's optimizer under the checker's
// limits and streams its points as it goes.
func TestStartProgramStreamsTheRace(t *testing.T) {
	dir := copyExercises(t)
	adam := mustFind(t, "adam")
	answer, _ := Answer(adam)
	writeExercise(t, dir, adam, string(answer))
	c := &Checker{Dir: dir, Timeout: 20 * time.Second}
	p, err := c.StartProgram(context.Background(), "race", []Exercise{adam}, "--opt", "adam", "--func", "rosenbrock", "--steps", "50")
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(p.Stdout)
	var lines []string
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	end := p.Wait()
	if end.Exit != 0 || end.Limit != "" || end.Err != nil {
		t.Fatalf("the race ended %+v; stderr %s", end, p.stderr.String())
	}
	if len(lines) < 3 || !strings.Contains(lines[0], `"ready":true`) || !strings.Contains(lines[len(lines)-1], `"done":true`) {
		t.Errorf("race output:\n%s", strings.Join(lines, "\n"))
	}
}

// A learner's optimizer that never returns is stopped at the time limit,
// and one that does not compile says so without starting anything.
func TestStartProgramContainsTheLearnersCode(t *testing.T) {
	dir := copyExercises(t)
	adam := mustFind(t, "adam")
	answer, _ := Answer(adam)
	looping := string(answer) + "\nfunc init() {\n\tfor {\n\t}\n}\n"
	writeExercise(t, dir, adam, looping)
	c := &Checker{Dir: dir, Timeout: 2 * time.Second}
	p, err := c.StartProgram(context.Background(), "race", []Exercise{adam}, "--opt", "adam")
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	bufio.NewScanner(p.Stdout).Scan()
	if end := p.Wait(); end.Limit != "timeout" || time.Since(start) > 10*time.Second {
		t.Errorf("an endless init ended %+v after %s", end, time.Since(start))
	}
	writeExercise(t, dir, adam, "package ch03\n\nfunc broken( {\n")
	if _, err := c.StartProgram(context.Background(), "race", []Exercise{adam}); err == nil || !strings.Contains(err.Error(), "ch03/adam.go") {
		t.Errorf("a broken file: %v", err)
	}
}
