package linreg

import "math"

// NumpyRandom reproduces the draws of numpy's legacy global generator,
// np.random.seed(s) followed by np.random.rand and np.random.randn, so the
// document's program can be run on its own data: np.random.seed(0) and
// then X = np.random.randn(100, 1) give the same 100 numbers here as in
// numpy, to the last bit.
//
// Under the name it is two published algorithms. The bits come from the
// Mersenne Twister MT19937 (Matsumoto & Nishimura 1998), seeded the way its
// reference code's init_genrand does it, which is what numpy's
// RandomState.seed does for an integer. A uniform double takes 27 + 26 bits
// of two 32-bit outputs, (a·2²⁶ + b)/2⁵³. A standard normal comes from the
// Marsaglia polar method: draw (u, v) uniform in the square [−1, 1)² until
// s = u² + v² lies in (0, 1), then u·f and v·f with f = √(−2·ln s / s) are
// two independent normals; numpy returns v·f first and keeps u·f for the
// next call. (numpy's newer Generator API uses other algorithms; the
// document calls the legacy functions.)
type NumpyRandom struct {
	state    [624]uint32
	next     int
	hasGauss bool
	gauss    float64
}

// NewNumpyRandom is np.random.seed(seed).
func NewNumpyRandom(seed uint32) *NumpyRandom {
	r := &NumpyRandom{next: 624}
	r.state[0] = seed
	for i := 1; i < 624; i++ {
		prev := r.state[i-1]
		r.state[i] = 1812433253*(prev^(prev>>30)) + uint32(i)
	}
	return r
}

// uint32 is MT19937's next output: regenerate the 624 words when they are
// used up, then temper one.
func (r *NumpyRandom) uint32() uint32 {
	const upper, lower = 0x80000000, 0x7fffffff
	if r.next >= 624 {
		for i := range 624 {
			y := r.state[i]&upper | r.state[(i+1)%624]&lower
			v := r.state[(i+397)%624] ^ y>>1
			if y&1 == 1 {
				v ^= 0x9908b0df
			}
			r.state[i] = v
		}
		r.next = 0
	}
	y := r.state[r.next]
	r.next++
	y ^= y >> 11
	y ^= y << 7 & 0x9d2c5680
	y ^= y << 15 & 0xefc60000
	y ^= y >> 18
	return y
}

// Rand is np.random.rand(): uniform in [0, 1) with 53 random bits.
func (r *NumpyRandom) Rand() float64 {
	a, b := r.uint32()>>5, r.uint32()>>6
	return (float64(a)*67108864 + float64(b)) / 9007199254740992
}

// Randn is np.random.randn(n): n standard normal draws, in numpy's order.
func (r *NumpyRandom) Randn(n int) []float64 {
	out := make([]float64, n)
	for i := range out {
		out[i] = r.normal()
	}
	return out
}

// normal is one draw of the polar method, as numpy's legacy_gauss makes it.
func (r *NumpyRandom) normal() float64 {
	if r.hasGauss {
		r.hasGauss = false
		return r.gauss
	}
	for {
		u := 2*r.Rand() - 1
		v := 2*r.Rand() - 1
		s := u*u + v*v
		if s >= 1 || s == 0 {
			continue
		}
		f := math.Sqrt(-2 * math.Log(s) / s)
		r.gauss, r.hasGauss = f*u, true
		return f * v
	}
}

// DocumentData draws the first document's data as its program does, with
// its seed: np.random.seed(seed), then X = np.random.randn(n, 1), then the
// noise np.random.randn(n, 1), and y = 1.5 − 2·x + 0.5·noise, the line the
// program means (intercept 1.5, slope −2) once its shape faults are fixed.
// With seed 0 and n = 100 these are the document's numbers.
func DocumentData(n int, seed uint32) (x, noise, y []float64) {
	r := NewNumpyRandom(seed)
	x = r.Randn(n)
	noise = r.Randn(n)
	y = make([]float64, n)
	for i := range y {
		y[i] = 1.5 - 2*x[i] + 0.5*noise[i]
	}
	return x, noise, y
}
