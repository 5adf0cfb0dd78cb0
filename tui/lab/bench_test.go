package lab

import (
	"context"
	"sync"
	"testing"
	"time"

	"descent/core/optim"
	"descent/core/surface"
	"descent/core/train"
)

// sixRuns are six optimizers that stay finite on Rosenbrock.
var sixRuns = []RunSpec{
	{Kind: "sgd", Values: map[string]float64{"lr": 0.001}},
	{Kind: "sgd", Values: map[string]float64{"lr": 0.001, "momentum": 0.9}},
	{Kind: "rmsprop", Values: map[string]float64{"lr": 0.01}},
	{Kind: "adam", Values: map[string]float64{"lr": 0.05}},
	{Kind: "adagrad", Values: map[string]float64{"lr": 0.5}},
	{Kind: "nadam", Values: map[string]float64{"lr": 0.02}},
}

// labWithSixCurves is the lab at 160×46 (the app's 160×48 less its header
// and help line), with six runs of 2,000 recorded points each, as if a race
// had just been read.
func labWithSixCurves(b *testing.B) *Model {
	l := New(Options{})
	l.SetSize(160, 46)
	l.runs = sixRuns
	s := l.surface
	for _, r := range sixRuns {
		opt, err := optim.New(r.Kind, r.Values)
		if err != nil {
			b.Fatal(err)
		}
		tr, err := train.RunTrace(context.Background(), s, opt, s.Start, 1999)
		if err != nil || len(tr.Points) != 2000 {
			b.Fatalf("%s: %d points, %v", r.Kind, len(tr.Points), err)
		}
		l.snaps = append(l.snaps, tr.Points)
		l.seen = append(l.seen, 1999)
		l.statuses = append(l.statuses, train.OK)
		l.reasons = append(l.reasons, "")
	}
	return l
}

// BenchmarkLabView is one frame of the lab with six curves of 2,000 points
// at 160×48. The budget is 2 ms.
func BenchmarkLabView(b *testing.B) {
	l := labWithSixCurves(b)
	l.View() // the contour map is computed once per size; not per frame
	b.ReportAllocs()
	for b.Loop() {
		_ = l.View()
	}
}

// raceSteps is the length of each run in the throughput benchmarks.
const raceSteps = 300_000

// BenchmarkSixOptimizers compares steps per second, over all six runs, of
// the headless path (train.RunTrace, what `descent trace` calls, one
// goroutine per run) with the lab's race while the lab is on screen: a
// 20 frames/s loop reads every buffer and draws the whole 160×48 frame.
// Each iteration runs both, one after the other, so a busy machine slows
// both alike; the lab/headless ratio must stay at or above 0.9.
func BenchmarkSixOptimizers(b *testing.B) {
	s := surface.Rosenbrock()
	l := labWithSixCurves(b)
	var headSteps, labSteps int
	var headTime, labTime time.Duration
	frames := 0
	for b.Loop() {
		// Headless.
		t0 := time.Now()
		var wg sync.WaitGroup
		var mu sync.Mutex
		for _, r := range sixRuns {
			wg.Add(1)
			go func() {
				defer wg.Done()
				opt, _ := optim.New(r.Kind, r.Values)
				tr, _ := train.RunTrace(context.Background(), s, opt, s.Start, raceSteps)
				mu.Lock()
				headSteps += len(tr.Points) - 1
				mu.Unlock()
			}()
		}
		wg.Wait()
		headTime += time.Since(t0)

		// The lab on screen.
		t0 = time.Now()
		r, err := startRace(raceSpec{Surface: s, Start: s.Start, Steps: raceSteps, Speed: 0, Runs: sixRuns}, false)
		if err != nil {
			b.Fatal(err)
		}
		l.race = r
		for !r.Done() {
			time.Sleep(tickEvery)
			l.read()
			_ = l.View()
			frames++
		}
		r.wait()
		labTime += time.Since(t0)
		l.read()
		for _, n := range l.seen {
			labSteps += n
		}
	}
	head := float64(headSteps) / headTime.Seconds()
	lab := float64(labSteps) / labTime.Seconds()
	b.ReportMetric(head, "headless-steps/s")
	b.ReportMetric(lab, "lab-steps/s")
	b.ReportMetric(lab/head, "lab/headless")
	b.ReportMetric(float64(frames)/float64(b.N), "frames/op")
}
