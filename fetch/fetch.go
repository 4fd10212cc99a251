// Package fetch is a polite HTTP client for reading news from the web: it
// sends a User-Agent naming hearsay, waits between requests to the same host,
// fetches and obeys each host's robots.txt, caps the size of bodies, bounds
// every request in time, and retries server errors a few times with backoff.
package fetch

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"
)

// UserAgent is the User-Agent sent by default.
const UserAgent = "hearsay/0.1 (+https://hearsay.example)"

// Options configures a Client. Zero fields take the defaults shown.
type Options struct {
	UserAgent      string        // UserAgent
	PerHost        time.Duration // least time from the end of one request to a host to the next: 1s; negative: none
	ConnectTimeout time.Duration // dialling and TLS handshake: 10s
	Timeout        time.Duration // one whole request, body included: 30s
	MaxBody        int64         // bytes; a longer body is an error: 32 MiB
	Retries        int           // further tries after a 5xx or a network error: 2; negative: none
	Backoff        time.Duration // wait before the first retry, doubled each time: 1s
	IgnoreRobots   bool          // do not fetch or obey robots.txt
	Transport      http.RoundTripper
}

// Client fetches URLs politely. It is safe for concurrent use.
type Client struct {
	opt  Options
	http *http.Client

	mu    sync.Mutex
	hosts map[string]*host
}

// host is the per-host state: when the next request may go, and the rules
// of its robots.txt.
type host struct {
	slot   chan struct{} // holds a token while a request waits its turn and runs
	last   time.Time     // when the last request finished; guarded by slot
	mu     sync.Mutex    // guards robots
	robots *robots       // nil until fetched
}

// New returns a Client with the given options.
func New(opt Options) *Client {
	if opt.UserAgent == "" {
		opt.UserAgent = UserAgent
	}
	if opt.PerHost == 0 {
		opt.PerHost = time.Second
	}
	if opt.ConnectTimeout == 0 {
		opt.ConnectTimeout = 10 * time.Second
	}
	if opt.Timeout == 0 {
		opt.Timeout = 30 * time.Second
	}
	if opt.MaxBody == 0 {
		opt.MaxBody = 32 << 20
	}
	if opt.Retries == 0 {
		opt.Retries = 2
	}
	if opt.Backoff == 0 {
		opt.Backoff = time.Second
	}
	tr := opt.Transport
	if tr == nil {
		d := &net.Dialer{Timeout: opt.ConnectTimeout}
		tr = &http.Transport{
			Proxy:                 http.ProxyFromEnvironment,
			DialContext:           d.DialContext,
			TLSHandshakeTimeout:   opt.ConnectTimeout,
			ResponseHeaderTimeout: opt.Timeout,
			MaxIdleConnsPerHost:   2,
			IdleConnTimeout:       90 * time.Second,
		}
	}
	return &Client{
		opt:   opt,
		http:  &http.Client{Transport: tr, Timeout: opt.Timeout},
		hosts: make(map[string]*host),
	}
}

// Response is a fetched page.
type Response struct {
	URL    string // final URL, after redirects
	Status int
	Header http.Header
	Body   []byte
}

// ContentType returns the response's Content-Type header.
func (r *Response) ContentType() string { return r.Header.Get("Content-Type") }

// Error is a failed fetch: the URL, the HTTP status when one came back, and
// the cause.
type Error struct {
	URL    string
	Status int // 0 when no response came back
	Err    error
}

func (e *Error) Error() string {
	if e.Status != 0 {
		return fmt.Sprintf("fetch %s: status %d %s: %v", e.URL, e.Status, http.StatusText(e.Status), e.Err)
	}
	return fmt.Sprintf("fetch %s: %v", e.URL, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// ErrRobots is the cause of an Error for a URL that robots.txt disallows.
var ErrRobots = errors.New("disallowed by robots.txt")

// ErrTooLarge is the cause of an Error for a body longer than MaxBody.
var ErrTooLarge = errors.New("body too large")

// Get fetches rawURL, waiting for the host's turn, checking robots.txt and
// retrying server errors. Statuses other than 2xx are errors.
func (c *Client) Get(ctx context.Context, rawURL string) (*Response, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, &Error{URL: rawURL, Err: errors.New("not an http(s) URL")}
	}
	h := c.host(u)
	if !c.opt.IgnoreRobots {
		rb, err := c.robotsFor(ctx, u, h)
		if err != nil {
			return nil, err
		}
		if rb.unreachable != nil {
			return nil, &Error{URL: rawURL, Err: fmt.Errorf("%w: robots.txt unreachable (%v)", ErrRobots, rb.unreachable)}
		}
		if !rb.allowed(robotsPath(u)) {
			return nil, &Error{URL: rawURL, Err: ErrRobots}
		}
	}
	return c.retry(ctx, h, rawURL)
}

// retry makes a request, trying again after a server error or a network
// failure, with exponential backoff, up to Retries more times.
func (c *Client) retry(ctx context.Context, h *host, rawURL string) (*Response, error) {
	backoff := c.opt.Backoff
	retries := max(c.opt.Retries, 0)
	for try := 0; ; try++ {
		resp, err := c.do(ctx, h, rawURL)
		if err == nil {
			return resp, nil
		}
		var fe *Error
		retry := errors.As(err, &fe) && (fe.Status >= 500 || fe.Status == 0 && !errors.Is(err, ErrTooLarge) &&
			!errors.Is(err, context.Canceled))
		if !retry || try >= retries || ctx.Err() != nil {
			return nil, err
		}
		select {
		case <-ctx.Done():
			return nil, &Error{URL: rawURL, Err: ctx.Err()}
		case <-time.After(backoff):
		}
		backoff *= 2
	}
}

// host returns the state of u's host.
func (c *Client) host(u *url.URL) *host {
	key := strings.ToLower(u.Scheme + "://" + u.Host)
	c.mu.Lock()
	defer c.mu.Unlock()
	h := c.hosts[key]
	if h == nil {
		h = &host{slot: make(chan struct{}, 1)}
		c.hosts[key] = h
	}
	return h
}

// wait blocks until the host may be sent another request: PerHost after
// the last one to it finished. Requests to one host go one at a time; call
// the returned function when the request is over.
func (c *Client) wait(ctx context.Context, h *host) (done func(), err error) {
	select {
	case h.slot <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	done = func() {
		h.last = time.Now()
		<-h.slot
	}
	if c.opt.PerHost > 0 && !h.last.IsZero() {
		if d := time.Until(h.last.Add(c.opt.PerHost)); d > 0 {
			t := time.NewTimer(d)
			defer t.Stop()
			select {
			case <-ctx.Done():
				<-h.slot
				return nil, ctx.Err()
			case <-t.C:
			}
		}
	}
	return done, nil
}

// do makes one request.
func (c *Client) do(ctx context.Context, h *host, rawURL string) (*Response, error) {
	done, err := c.wait(ctx, h)
	if err != nil {
		return nil, &Error{URL: rawURL, Err: err}
	}
	defer done()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, &Error{URL: rawURL, Err: err}
	}
	req.Header.Set("User-Agent", c.opt.UserAgent)
	req.Header.Set("Accept", "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.8")
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, &Error{URL: rawURL, Err: unwrapURLError(err)}
	}
	defer resp.Body.Close()
	if resp.ContentLength > c.opt.MaxBody {
		return nil, &Error{URL: rawURL, Status: resp.StatusCode, Err: fmt.Errorf("%w: %d bytes > %d", ErrTooLarge, resp.ContentLength, c.opt.MaxBody)}
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, c.opt.MaxBody+1))
	if err != nil {
		return nil, &Error{URL: rawURL, Status: resp.StatusCode, Err: fmt.Errorf("reading body: %w", unwrapURLError(err))}
	}
	if int64(len(body)) > c.opt.MaxBody {
		return nil, &Error{URL: rawURL, Status: resp.StatusCode, Err: fmt.Errorf("%w: more than %d bytes", ErrTooLarge, c.opt.MaxBody)}
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, &Error{URL: rawURL, Status: resp.StatusCode, Err: errors.New("unexpected status")}
	}
	return &Response{URL: resp.Request.URL.String(), Status: resp.StatusCode, Header: resp.Header, Body: body}, nil
}

func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// robotsFor returns the host's robots.txt rules, fetching them once. As RFC
// 9309 asks, a missing robots.txt (4xx) allows everything, and one that
// cannot be reached (5xx, network failure) disallows everything.
func (c *Client) robotsFor(ctx context.Context, u *url.URL, h *host) (*robots, error) {
	h.mu.Lock()
	rb := h.robots
	h.mu.Unlock()
	if rb != nil {
		return rb, nil
	}
	ru := u.Scheme + "://" + u.Host + "/robots.txt"
	resp, err := c.retry(ctx, h, ru)
	var fe *Error
	switch {
	case err == nil:
		rb = parseRobots(string(resp.Body), c.opt.UserAgent)
	case ctx.Err() != nil:
		return nil, &Error{URL: u.String(), Err: ctx.Err()}
	case errors.As(err, &fe) && fe.Status >= 400 && fe.Status < 500:
		rb = &robots{}
	default:
		rb = &robots{unreachable: err}
	}
	h.mu.Lock()
	if h.robots == nil {
		h.robots = rb
	}
	rb = h.robots
	h.mu.Unlock()
	return rb, nil
}

func robotsPath(u *url.URL) string {
	p := u.EscapedPath()
	if p == "" {
		p = "/"
	}
	if u.RawQuery != "" {
		p += "?" + u.RawQuery
	}
	return p
}

// robots holds the Allow and Disallow rules of the group that applies to us.
type robots struct {
	rules       []rule
	unreachable error // robots.txt could not be fetched: nothing is allowed
}

type rule struct {
	allow   bool
	pattern string
}

// parseRobots reads robots.txt and keeps the rules of the most specific
// group naming our product token ("hearsay"), else those of "*".
func parseRobots(s, userAgent string) *robots {
	token := strings.ToLower(userAgent)
	if i := strings.IndexAny(token, "/ "); i >= 0 {
		token = token[:i]
	}
	var ours, star []rule
	haveOurs := false
	var agents []string
	inRules := false
	sc := bufio.NewScanner(strings.NewReader(s))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		k = strings.ToLower(strings.TrimSpace(k))
		v = strings.TrimSpace(v)
		switch k {
		case "user-agent":
			if inRules {
				agents = agents[:0]
				inRules = false
			}
			agents = append(agents, strings.ToLower(v))
		case "allow", "disallow":
			inRules = true
			if k == "disallow" && v == "" {
				continue // "Disallow:" allows everything
			}
			r := rule{allow: k == "allow", pattern: v}
			for _, a := range agents {
				switch {
				case a == "*":
					star = append(star, r)
				case a != "" && strings.Contains(token, a) || a == token:
					ours = append(ours, r)
					haveOurs = true
				}
			}
		}
	}
	if haveOurs {
		return &robots{rules: ours}
	}
	return &robots{rules: star}
}

// allowed applies the longest matching rule; Allow wins ties.
func (r *robots) allowed(path string) bool {
	best, allow := -1, true
	for _, ru := range r.rules {
		if n, ok := matchRobots(ru.pattern, path); ok {
			if n > best || n == best && ru.allow {
				best, allow = n, ru.allow
			}
		}
	}
	return allow
}

// matchRobots matches a robots.txt path pattern ("*" any run, "$" end)
// against path, returning the pattern's length when it matches.
func matchRobots(pattern, path string) (int, bool) {
	anchored := strings.HasSuffix(pattern, "$")
	p := strings.TrimSuffix(pattern, "$")
	parts := strings.Split(p, "*")
	pos := 0
	for i, part := range parts {
		if i == 0 {
			if !strings.HasPrefix(path, part) {
				return 0, false
			}
			pos = len(part)
			continue
		}
		j := strings.Index(path[pos:], part)
		if j < 0 {
			return 0, false
		}
		pos += j + len(part)
	}
	if anchored && len(parts) > 0 {
		last := parts[len(parts)-1]
		if len(parts) == 1 {
			if path != p {
				return 0, false
			}
		} else if !strings.HasSuffix(path, last) {
			return 0, false
		}
	}
	return len(pattern), true
}
