package p

// Methods declared on an alias belong to the type it denotes
// (cmd/compile/internal/syntax: `type token = Token`).

type token = Token

type Token uint

func (t token) String() string { return "tok" }

var _ interface{ String() string } = Token(0)

func (Token) String() string { return "" } // ERROR "method Token.String already declared"

// An alias reached again through the type definitions it refers to
// (net/http/internal/http2: `type ResponseWriter = responseWriter`).

type ResponseWriter = responseWriter

type responseWriter struct {
	sc *serverConn
}

type serverConn struct {
	handlers []unstartedHandler
}

type unstartedHandler struct {
	rw      *responseWriter
	handler func(*ResponseWriter, int)
}

func (sc *serverConn) run(rw *responseWriter, h func(*ResponseWriter, int)) {
	sc.handlers = append(sc.handlers, unstartedHandler{rw: rw, handler: h})
	u := sc.handlers[0]
	sc.run(u.rw, u.handler)
}

// Promoted fields in composite literals (go1.27; internal/poll).

type pipeFields struct {
	rfd, wfd int
}

type pipe struct {
	pipeFields
	data int
}

type pipeRef struct {
	*pipeFields
}

var _ = &pipe{rfd: 1, wfd: 2, data: 3}
var _ = pipe{pipeFields: pipeFields{}, rfd: 1}      // ERROR "cannot specify promoted field rfd and enclosing embedded field pipeFields"
var _ = pipe{rfd: 1, pipeFields: pipeFields{}}      // ERROR "cannot specify embedded field pipeFields and enclosed promoted field rfd"
var _ = pipeRef{rfd: 1}                             // ERROR "invalid implicit pointer indirection to reach rfd"
var _ = pipe{nothere: 1}                            // ERROR "unknown field nothere in struct literal of type pipe"
