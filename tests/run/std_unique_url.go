// unique (canonical handles), hash/maphash and net/url: map types carry
// a Hasher (abi.MapType) that hashes keys as wago's maps do.
package main

import (
	"fmt"
	"hash/maphash"
	"net/url"
	"unique"
)

type pt struct{ x, y int }

func main() {
	a, b := unique.Make(pt{1, 2}), unique.Make(pt{1, 2})
	c := unique.Make(pt{2, 1})
	fmt.Println(a == b, a == c, a.Value(), unique.Make("s") == unique.Make("s"))
	seed := maphash.MakeSeed()
	fmt.Println(maphash.Comparable(seed, pt{1, 2}) == maphash.Comparable(seed, pt{1, 2}), maphash.String(seed, "x") == maphash.String(seed, "x"))
	u, err := url.Parse("https://user@example.com:8080/a/b?q=1&r=two#frag")
	fmt.Println(err, u.Scheme, u.Host, u.Port(), u.Path, u.Query().Get("r"), u.Fragment, u.User.Username())
	v := url.Values{}
	v.Set("k", "a b")
	v.Add("z", "1")
	fmt.Println(v.Encode(), url.PathEscape("a b/c"), u.String())
}
