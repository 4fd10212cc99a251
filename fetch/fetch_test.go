package fetch

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// server records requests and serves a few paths.
type server struct {
	mu     sync.Mutex
	times  []time.Time
	agents []string
	robots atomic.Int32
	fails  atomic.Int32
	*httptest.Server
}

func newServer(t *testing.T) *server {
	s := &server{}
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		s.robots.Add(1)
		w.Write([]byte("# test\nUser-agent: otherbot\nDisallow: /\n\nUser-agent: *\nDisallow: /private/\nAllow: /private/open$\n"))
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.times = append(s.times, time.Now())
		s.agents = append(s.agents, r.UserAgent())
		s.mu.Unlock()
		w.Write([]byte("hello"))
	})
	mux.HandleFunc("/fail", func(w http.ResponseWriter, r *http.Request) {
		s.fails.Add(1)
		http.Error(w, "down", http.StatusInternalServerError)
	})
	mux.HandleFunc("/missing", func(w http.ResponseWriter, r *http.Request) {
		s.fails.Add(1)
		http.NotFound(w, r)
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(strings.Repeat("x", 5000)))
	})
	s.Server = httptest.NewServer(mux)
	t.Cleanup(s.Close)
	return s
}

func TestPoliteness(t *testing.T) {
	s := newServer(t)
	rt := &recorder{next: http.DefaultTransport}
	c := New(Options{PerHost: 30 * time.Millisecond, Transport: rt})
	ctx := context.Background()
	for _, p := range []string{"/a", "/b", "/c"} {
		resp, err := c.Get(ctx, s.URL+p)
		if err != nil {
			t.Fatal(err)
		}
		if string(resp.Body) != "hello" || resp.Status != 200 {
			t.Errorf("response %d %q", resp.Status, resp.Body)
		}
	}
	if n := s.robots.Load(); n != 1 {
		t.Errorf("robots.txt fetched %d times, want once", n)
	}
	for i, ua := range s.agents {
		if ua != UserAgent {
			t.Errorf("request %d: User-Agent %q", i, ua)
		}
	}
	// Robots.txt and three pages, each sent at least PerHost after the
	// one before finished.
	if len(rt.times) != 4 {
		t.Fatalf("%d requests sent, want 4", len(rt.times))
	}
	for i := 1; i < len(rt.times); i++ {
		if gap := rt.times[i].Sub(rt.times[i-1]); gap < 30*time.Millisecond {
			t.Errorf("requests %d and %d sent only %v apart", i-1, i, gap)
		}
	}
}

// recorder notes when each request is sent.
type recorder struct {
	mu    sync.Mutex
	times []time.Time
	next  http.RoundTripper
}

func (r *recorder) RoundTrip(req *http.Request) (*http.Response, error) {
	r.mu.Lock()
	r.times = append(r.times, time.Now())
	r.mu.Unlock()
	return r.next.RoundTrip(req)
}

func TestRobots(t *testing.T) {
	s := newServer(t)
	c := New(Options{PerHost: -1})
	ctx := context.Background()
	_, err := c.Get(ctx, s.URL+"/private/secret")
	if !errors.Is(err, ErrRobots) || !strings.Contains(err.Error(), s.URL+"/private/secret") {
		t.Errorf("disallowed page: %v", err)
	}
	if _, err := c.Get(ctx, s.URL+"/private/open"); err != nil {
		t.Errorf("allowed page: %v", err)
	}
	ignoring := New(Options{PerHost: -1, IgnoreRobots: true})
	if _, err := ignoring.Get(ctx, s.URL+"/private/secret"); err != nil {
		t.Errorf("IgnoreRobots: %v", err)
	}
}

func TestErrors(t *testing.T) {
	s := newServer(t)
	ctx := context.Background()
	c := New(Options{PerHost: -1, Retries: 2, Backoff: time.Millisecond, Timeout: 200 * time.Millisecond, MaxBody: 1000})
	_, err := c.Get(ctx, s.URL+"/fail")
	var fe *Error
	if !errors.As(err, &fe) || fe.Status != 500 || !strings.Contains(err.Error(), s.URL+"/fail") || !strings.Contains(err.Error(), "500") {
		t.Errorf("500: %v", err)
	}
	if n := s.fails.Load(); n != 3 {
		t.Errorf("500 tried %d times, want 3", n)
	}
	s.fails.Store(0)
	if _, err := c.Get(ctx, s.URL+"/missing"); !errors.As(err, &fe) || fe.Status != 404 {
		t.Errorf("404: %v", err)
	}
	if n := s.fails.Load(); n != 1 {
		t.Errorf("404 tried %d times, want once", n)
	}
	_, err = c.Get(ctx, s.URL+"/slow")
	if err == nil || !strings.Contains(err.Error(), s.URL+"/slow") {
		t.Errorf("timeout: %v", err)
	}
	if _, err := c.Get(ctx, s.URL+"/big"); !errors.Is(err, ErrTooLarge) {
		t.Errorf("size cap: %v", err)
	}
	if _, err := c.Get(ctx, "ftp://example.org/x"); err == nil {
		t.Error("ftp URL accepted")
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := c.Get(cctx, s.URL+"/a"); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
}

func TestRobotsUnreachable(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			http.Error(w, "down", http.StatusServiceUnavailable)
			return
		}
		t.Error("fetched a page while robots.txt was unreachable")
	}))
	defer srv.Close()
	c := New(Options{PerHost: -1, Backoff: time.Millisecond})
	_, err := c.Get(context.Background(), srv.URL+"/page")
	if !errors.Is(err, ErrRobots) || !strings.Contains(err.Error(), "unreachable") {
		t.Errorf("got %v", err)
	}
}

func TestMatchRobots(t *testing.T) {
	rb := parseRobots("User-agent: *\nDisallow: /a\nAllow: /a/b\nDisallow: /*.pdf$\nDisallow:\n\nUser-agent: hearsay\nUser-agent: x\nDisallow: /only-us\n", "hearsay/0.1")
	tests := []struct {
		path string
		want bool
	}{
		{"/", true}, {"/only-us/x", false}, {"/a", true}, {"/x.pdf", true},
	}
	for _, tt := range tests {
		if got := rb.allowed(tt.path); got != tt.want {
			t.Errorf("hearsay group: %s allowed = %v, want %v", tt.path, got, tt.want)
		}
	}
	star := parseRobots("User-agent: *\nDisallow: /a\nAllow: /a/b\nDisallow: /*.pdf$\n", "hearsay/0.1")
	for _, tt := range []struct {
		path string
		want bool
	}{{"/a", false}, {"/a/c", false}, {"/a/b/c", true}, {"/x.pdf", false}, {"/x.pdf?q", true}, {"/b", true}} {
		if got := star.allowed(tt.path); got != tt.want {
			t.Errorf("* group: %s allowed = %v, want %v", tt.path, got, tt.want)
		}
	}
}

func FuzzRobots(f *testing.F) {
	f.Add("User-agent: *\nDisallow: /a*b$\n", "/axxb")
	f.Add("User-agent: hearsay\nAllow: /\nDisallow: /*\n", "/")
	f.Fuzz(func(t *testing.T, robots, path string) {
		parseRobots(robots, UserAgent).allowed(path)
	})
}
