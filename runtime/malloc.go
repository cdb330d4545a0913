package runtime

import "unsafe"

// The heap: an allocator of size-classed spans, collected by a precise,
// non-moving mark-sweep collector (gc.go).
//
// The arena is the linear memory from the first page after the static
// data up to arenaUsed, grown with memory.grow when nothing free fits. It
// is cut into 8 KiB pages. A span is a run of pages: a small-object span
// (four pages) holds objects of one size class, threaded on a free list;
// a large span holds one object bigger than maxSmall; a free span is a
// free run of pages (runs coalesce when freed). spanOf maps each page to
// the span that owns it, so the object holding any address (Go pointers
// point into objects: &s.f, a[2:]) is found with one table read and one
// division. Stale entries are harmless: a span is believed only when the
// address lies within its own bounds.
//
// Every allocation says which of its 4-byte words can hold pointers, by
// a GC shape (see gcshape, the lowering's crates/wago-lower/src/gcshape.rs);
// nil means none. Small objects copy their shape into their span's
// pointer bitmap (one bit per word); a large span keeps the shape itself.
// Objects and spans of pointer-free memory (strings, []byte, numbers) are
// never scanned. Span descriptors live in raw pages outside any span, so
// the collector never sees them.

const (
	pageShift   = 13
	pageBytes   = 1 << pageShift
	wasmPage    = 64 << 10
	smallPages  = 4 // pages of a small-object span
	smallBytes  = smallPages * pageBytes
	maxSmall    = 8192
	nSmall      = 52 // size classes up to maxSmall, class 0 unused
	maxPages    = 1 << (32 - pageShift)
	maxWasmPages = 1 << 16
	minGrowth   = 1 << 20 // grow memory by at least this much
	minHeapGoal = 4 << 20 // the first collection's heap size
)

const (
	spanFree = iota
	spanSmall
	spanLarge
	spanManual // runtime memory: the mark stack
)

// A span descriptor.
type mspan struct {
	base     uintptr
	npages   uintptr
	limit    uintptr // the end of the last object: addresses past it are not ours
	elemSize uintptr
	nelems   uintptr
	state    uint8
	noscan   bool
	marked   bool // a large span's one object
	class    uint8
	divMul   uint32 // small: off/elemSize is uint32(uint64(off)*divMul>>32) within the span
	free     uintptr // small: the free list, linked through the first word
	nfree    uintptr
	prev     *mspan // in the free-run list, or a class's partial list
	next     *mspan
	shape    unsafe.Pointer // large: the object's shape
	ptrbits  [smallBytes / 4 / 32]uint32
	markbits [smallBytes / 8 / 32]uint32
}

// A GC shape, as the lowering writes it: an element of size bytes whose
// first ptrWords words are described by the bitmap after the header
// (bit i of word i/32: word i may hold a pointer). An object of n bytes
// is floor(n/size) elements, so an array or a slice's backing store uses
// its element's shape.
type gcshape struct {
	size     uint32
	ptrWords uint32
}

func shapeBit(sh *gcshape, w uint32) bool {
	bits := *(*uint32)(unsafe.Add(unsafe.Pointer(sh), 8+4*(w>>5)))
	return bits&(1<<(w&31)) != 0
}

// Every word may be a pointer: for allocations that do not say.
var allPointers = [3]uint32{4, 1, 1}

var (
	arenaStart uintptr
	arenaUsed  uintptr // end of the pages handed out (spans, free runs, raw)
	memEnd     uintptr
	spanOf     [maxPages]uintptr // *mspan of each page of the arena, by page index
	freeRuns   *mspan
	spareSpans *mspan // recycled descriptors
	rawNext    uintptr
	rawEnd     uintptr

	classSize      [nSmall]uint16
	sizeToClass8   [maxSmall/8 + 1]uint8
	current        [2 * nSmall]*mspan // allocating from, per class and noscan
	partial        [2 * nSmall]*mspan // with free objects, after a sweep
	heapAlloc      uintptr            // bytes in use (live at the last collection, plus new)
	nextGC         uintptr
	heapInited     bool
	gcCount        int
	gcTraceEnabled bool
)

// alloc returns size zeroed bytes whose every word may hold a pointer.
func alloc(size int32) unsafe.Pointer {
	return mallocgc(size, unsafe.Pointer(&allPointers))
}

// mallocgc returns size zeroed bytes, 8-byte aligned, with the pointer
// words that shape says (nil: none). It may collect first.
func mallocgc(size int32, shape unsafe.Pointer) unsafe.Pointer {
	if !heapInited {
		heapInit()
	}
	if heapAlloc >= nextGC {
		gcCollect()
	}
	n := uintptr(size)
	if n == 0 {
		n = 8
	}
	if n > maxSmall {
		return largeAlloc(n, shape)
	}
	c := uintptr(sizeToClass8[(n+7)>>3])
	sc := 2 * c
	if shape == nil {
		sc++
	}
	s := current[sc]
	if s == nil || s.free == 0 {
		s = refill(sc)
	}
	p := s.free
	s.free = *(*uintptr)(unsafe.Pointer(p))
	s.nfree--
	memfill(unsafe.Pointer(p), 0, int32(s.elemSize))
	heapAlloc += s.elemSize
	if shape != nil {
		setPtrBits(s, p, n, (*gcshape)(shape))
	}
	return unsafe.Pointer(p)
}

func heapInit() {
	heapInited = true
	arenaStart = (uintptr(heapBase()) + pageBytes - 1) &^ (pageBytes - 1)
	arenaUsed = arenaStart
	memEnd = uintptr(wasmMemorySize()) * wasmPage
	nextGC = minHeapGoal
	c := 1
	for n := 0; n <= maxSmall; n += 8 {
		for int(sizeClasses[c]) < n {
			c++
		}
		sizeToClass8[n>>3] = uint8(c)
	}
	for i := 0; i < nSmall; i++ {
		classSize[i] = sizeClasses[i]
	}
}

// refill makes current[sc] a span with a free object.
func refill(sc uintptr) *mspan {
	s := partial[sc]
	if s != nil {
		partial[sc] = s.next
		s.next = nil
	} else {
		s = allocSpan(smallPages)
		s.state = spanSmall
		s.class = uint8(sc / 2)
		s.noscan = sc%2 == 1
		s.elemSize = uintptr(classSize[sc/2])
		s.nelems = smallBytes / s.elemSize
		s.divMul = uint32(^uint32(0)/uint32(s.elemSize) + 1)
		s.limit = s.base + s.nelems*s.elemSize
		s.free = 0
		for i := s.nelems; i > 0; i-- {
			p := s.base + (i-1)*s.elemSize
			*(*uintptr)(unsafe.Pointer(p)) = s.free
			s.free = p
		}
		s.nfree = s.nelems
	}
	current[sc] = s
	return s
}

// setPtrBits records the pointer words of a new small object of n bytes,
// a 32-bit chunk of the shape's bitmap at a time.
func setPtrBits(s *mspan, p, n uintptr, sh *gcshape) {
	bits := unsafe.Pointer(&s.ptrbits)
	w0 := uint32((p - s.base) >> 2)
	orBits(bits, w0, uint32(s.elemSize>>2), 0, true)
	esize := uintptr(sh.size)
	ew := sh.size >> 2
	chunks := (sh.ptrWords + 31) >> 5
	at := w0
	for off := esize; off <= n; off += esize {
		for c := uint32(0); c < chunks; c++ {
			m := *(*uint32)(unsafe.Add(unsafe.Pointer(sh), 8+4*c))
			if m != 0 {
				orBits(bits, at+32*c, 32, m, false)
			}
		}
		at += ew
	}
}

// orBits ORs the 32-bit mask m into the bitmap at bit w (or, when
// clear, zeroes n bits from bit w).
func orBits(bits unsafe.Pointer, w, n, m uint32, clear bool) {
	if clear {
		for n > 0 {
			k := 32 - w&31
			if k > n {
				k = n
			}
			mask := uint32(0xFFFFFFFF)
			if k < 32 {
				mask = (1<<k - 1) << (w & 31)
			}
			q := (*uint32)(unsafe.Add(bits, 4*(w>>5)))
			*q &^= mask
			w += k
			n -= k
		}
		return
	}
	q := (*uint32)(unsafe.Add(bits, 4*(w>>5)))
	*q |= m << (w & 31)
	if sh := w & 31; sh != 0 {
		if hi := m >> (32 - sh); hi != 0 {
			q = (*uint32)(unsafe.Add(bits, 4*(w>>5)+4))
			*q |= hi
		}
	}
}

func largeAlloc(n uintptr, shape unsafe.Pointer) unsafe.Pointer {
	n = (n + 7) &^ 7
	npages := (n + pageBytes - 1) >> pageShift
	s := allocSpan(npages)
	s.state = spanLarge
	s.elemSize = n
	s.nelems = 1
	s.limit = s.base + npages*pageBytes
	s.shape = shape
	s.noscan = shape == nil
	s.marked = false
	memfill(unsafe.Pointer(s.base), 0, int32(n))
	heapAlloc += npages * pageBytes
	return unsafe.Pointer(s.base)
}

// ---- Pages ----

// allocSpan takes npages from the first free run that has them, growing
// the arena when none does. The span's state is the caller's to set.
func allocSpan(npages uintptr) *mspan {
	f := freeRuns
	for f != nil && f.npages < npages {
		f = f.next
	}
	if f == nil {
		growArena(npages)
		f = freeRuns
		for f.npages < npages {
			f = f.next
		}
	}
	var s *mspan
	if f.npages == npages {
		unlinkFree(f)
		s = f
	} else {
		s = newSpanDesc()
		s.base = f.base
		s.npages = npages
		f.base += npages * pageBytes
		f.npages -= npages
		spanOf[(f.base-arenaStart)>>pageShift] = uintptr(unsafe.Pointer(f))
	}
	first := (s.base - arenaStart) >> pageShift
	for i := first; i < first+npages; i++ {
		spanOf[i] = uintptr(unsafe.Pointer(s))
	}
	s.prev = nil
	s.next = nil
	return s
}

// freeSpan returns a span's pages to the free runs, merged with free
// neighbours.
func freeSpan(s *mspan) {
	s.state = spanFree
	s.limit = 0
	first := (s.base - arenaStart) >> pageShift
	if first > 0 {
		if p := (*mspan)(unsafe.Pointer(spanOf[first-1])); p != nil && p.state == spanFree &&
			p.base+p.npages*pageBytes == s.base {
			unlinkFree(p)
			p.npages += s.npages
			releaseSpanDesc(s)
			s = p
		}
	}
	end := s.base + s.npages*pageBytes
	if end < arenaUsed {
		if n := (*mspan)(unsafe.Pointer(spanOf[(end-arenaStart)>>pageShift])); n != nil && n.state == spanFree &&
			n.base == end {
			unlinkFree(n)
			s.npages += n.npages
			releaseSpanDesc(n)
		}
	}
	addFreeRun(s)
}

// addFreeRun lists s as free and maps its first and last pages to it.
func addFreeRun(s *mspan) {
	s.state = spanFree
	first := (s.base - arenaStart) >> pageShift
	spanOf[first] = uintptr(unsafe.Pointer(s))
	spanOf[first+s.npages-1] = uintptr(unsafe.Pointer(s))
	s.prev = nil
	s.next = freeRuns
	if freeRuns != nil {
		freeRuns.prev = s
	}
	freeRuns = s
}

func unlinkFree(s *mspan) {
	if s.prev != nil {
		s.prev.next = s.next
	} else {
		freeRuns = s.next
	}
	if s.next != nil {
		s.next.prev = s.prev
	}
	s.prev = nil
	s.next = nil
}

// growArena adds a free run of at least npages at the arena's end.
func growArena(npages uintptr) {
	need := npages * pageBytes
	if need < minGrowth {
		need = minGrowth
	}
	base := sysAlloc(need)
	s := newSpanDesc()
	s.base = base
	s.npages = need >> pageShift
	freeSpan(s)
}

// sysAlloc takes n bytes (a multiple of the page size) at the arena's
// end, growing the memory.
func sysAlloc(n uintptr) uintptr {
	base := arenaUsed
	if n > memEnd-arenaUsed {
		pages := (n - (memEnd - arenaUsed) + wasmPage - 1) / wasmPage
		if maxWasmPages-memEnd/wasmPage < pages || wasmMemoryGrow(int32(pages)) < 0 {
			writeString(2, "fatal error: out of memory\n")
			exit(2)
		}
		memEnd += pages * wasmPage
	}
	arenaUsed += n
	return base
}

// newSpanDesc returns a zeroed span descriptor, carved from raw pages
// that belong to no span.
func newSpanDesc() *mspan {
	size := unsafe.Sizeof(mspan{})
	var s *mspan
	if spareSpans != nil {
		s = spareSpans
		spareSpans = s.next
	} else {
		if rawEnd-rawNext < size {
			rawNext = sysAlloc(smallBytes)
			rawEnd = rawNext + smallBytes
		}
		s = (*mspan)(unsafe.Pointer(rawNext))
		rawNext += size
	}
	memfill(unsafe.Pointer(s), 0, int32(size))
	return s
}

func releaseSpanDesc(s *mspan) {
	s.state = spanFree
	s.limit = 0
	s.next = spareSpans
	spareSpans = s
}

// memfill sets n bytes at p to b (memory.fill).
func memfill(p unsafe.Pointer, b int32, n int32)
