package p

// A package-level initializer converts to an interface a type whose
// methods are declared further down (net/http's sniffSignatures).

type sig interface {
	match(data []byte, first int) string
}

var sigs = []sig{
	htmlSig("<html"),
	&exactSig{[]byte("%PDF-")},
}

type htmlSig []byte

func (h htmlSig) match(data []byte, first int) string { return "text/html" }

type exactSig struct{ sig []byte }

func (e *exactSig) match(data []byte, first int) string { return "" }

// Parameter names are in scope only in the body: url.Values below is
// the type of the receiver-less method's package-level url.

type urlpkg struct{}

type Values map[string][]string

var url struct{ Values Values }

func PostForm(url string, data Values) string { return url }

func (url *urlpkg) Get(x Values) *urlpkg { return url }

// A parameter named like a type used by a later parameter.
type Time int

func Sync(time Time, wall Time) Time { return time + wall }

// A map key that is a type parameter bounded later in the same list.
func Keys[M ~map[K]V, K comparable, V any](m M) []K {
	var r []K
	for k := range m {
		r = append(r, k)
	}
	return r
}

func BadKeys[M ~map[K]V, K any, V any](m M) {} // ERROR "invalid map key type K (missing comparable constraint)"
