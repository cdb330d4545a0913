package runtime

import "unsafe"

// Interfaces at run time: itabs for pairs the lowering could not know
// (conversions between interfaces, assertions to interfaces, type
// switches), failed assertions, and == on interface values. See iface.rs
// and typedesc.rs in crates/wago-lower for the static side.

// The itabs made at run time, in a hash table of chains by (inter, typ).
var itabTable [256]*itabEntry

type itabEntry struct {
	tab  *itab
	next *itabEntry
}

// getitab returns the itab of typ in interface inter, or nil and the
// name of the first method of inter that typ lacks.
func getitab(inter, typ *_type) (*itab, string) {
	h := (inter.hash*31 + typ.hash) & 255
	it := (*interfacetype)(unsafe.Pointer(inter))
	for e := itabTable[h]; e != nil; e = e.next {
		if e.tab.inter == it && e.tab.typ == typ {
			return e.tab, ""
		}
	}
	m := (*itab)(alloc(12 + 4*it.nmethods))
	m.inter = it
	m.typ = typ
	m.hash = typ.hash
	// Both method lists are in gc's order and names are shared by
	// contents: one forward pass matching names by address.
	n, ms := typ.methods()
	j := int32(0)
	for i := int32(0); i < it.nmethods; i++ {
		im := it.imethod(i)
		for j < n && (methodAt(ms, j).name != im.name || methodAt(ms, j).mtyp != im.typ) {
			j++
		}
		if j == n {
			return nil, nameString(im.name)
		}
		*m.fun(i) = methodAt(ms, j).ifn
		j++
	}
	itabTable[h] = &itabEntry{tab: m, next: itabTable[h]}
	return m, ""
}

// convI2I converts a non-nil interface's dynamic type to interface inter
// (statically known to work); nil stays nil.
func convI2I(inter, typ *_type) *itab {
	if typ == nil {
		return nil
	}
	tab, _ := getitab(inter, typ)
	return tab
}

// assertE2I is x.(I) for a non-empty interface I.
func assertE2I(inter, typ *_type) *itab {
	if typ == nil {
		gopanic(&TypeAssertionError{asserted: inter})
		return nil
	}
	tab, missing := getitab(inter, typ)
	if tab == nil {
		gopanic(&TypeAssertionError{concrete: typ, asserted: inter, missingMethod: methodName(missing)})
	}
	return tab
}

// assertE2I2 is v, ok := x.(I): nil when it does not hold.
func assertE2I2(inter, typ *_type) *itab {
	if typ == nil {
		return nil
	}
	tab, _ := getitab(inter, typ)
	return tab
}

// panicdottype reports x.(T) failing: x (of static type iface) held have.
func panicdottype(have, want, iface *_type) {
	gopanic(&TypeAssertionError{_interface: iface, concrete: have, asserted: want})
}

// methodName drops the package path of an unexported method's key.
func methodName(key string) string {
	for i := len(key) - 1; i >= 0; i-- {
		if key[i] == '.' {
			return key[i+1:]
		}
	}
	return key
}

// A TypeAssertionError explains a failed type assertion.
type TypeAssertionError struct {
	_interface    *_type
	concrete      *_type
	asserted      *_type
	missingMethod string
}

func (*TypeAssertionError) RuntimeError() {}

func (e *TypeAssertionError) Error() string {
	inter := "interface"
	if e._interface != nil {
		inter = e._interface.string()
	}
	as := e.asserted.string()
	if e.concrete == nil {
		return "interface conversion: " + inter + " is nil, not " + as
	}
	cs := e.concrete.string()
	if e.missingMethod == "" {
		msg := "interface conversion: " + inter + " is " + cs + ", not " + as
		if cs == as {
			msg += " (types from different scopes)"
		}
		return msg
	}
	return "interface conversion: " + cs + " is not " + as + ": missing method " + e.missingMethod
}

// efaceeq is == on two interface values given their dynamic types and
// data words; it panics if the (same) dynamic type is not comparable.
func efaceeq(ta *_type, a unsafe.Pointer, tb *_type, b unsafe.Pointer) bool {
	if ta != tb {
		return false
	}
	if ta == nil {
		return true
	}
	if ta.equal == nil {
		runtimeError("comparing uncomparable type " + ta.string())
		return false
	}
	if ta.tflag&tflagDirectIface != 0 {
		return a == b
	}
	return fieldsEqual(ta.equal.fields, ta.equal.nfields, a, b)
}

// typeEqual is == on two struct or array values of type t.
func typeEqual(t *_type, a, b unsafe.Pointer) bool {
	return fieldsEqual(t.equal.fields, t.equal.nfields, a, b)
}

// ifaceType is the dynamic type of the interface value at p: its first
// word, through the itab for a non-empty interface.
func ifaceType(p unsafe.Pointer, nonEmpty bool) *_type {
	t := *(**_type)(p)
	if nonEmpty && t != nil {
		t = (*itab)(unsafe.Pointer(t)).typ
	}
	return t
}
