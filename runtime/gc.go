package runtime

import "unsafe"

// The collector: precise, non-moving mark-sweep, run by mallocgc when the
// heap has doubled since the last collection (GOGC=100), never less than
// minHeapGoal.
//
// Roots are precise: the package variables, from the table the lowering
// writes (gcRootTable: a count, then per variable its address, its shape
// and its size), and the shadow stack, where the GC-root pass
// (crates/wago-ir/src/passes/gcroots.rs) keeps every pointer a function
// holds across a call that may collect; only mallocgc calls gcCollect, so
// nothing else can be in flight. Marking uses an explicit stack of grey
// objects (no recursion) in runtime-owned pages, doubled when full. The
// sweep then walks every span: a small span's unmarked objects make its
// new free list, a span left with no live object returns its pages (as
// does an unmarked large object), and the pages coalesce into free runs.

// Intrinsics: the data the lowering and the GC-root pass lay out. The
// shadow stack's words: its base address, its top as an offset from the
// base, its capacity in bytes (see crates/wago-ir/src/passes/gcroots.rs).
func gcRootTable() unsafe.Pointer
func shadowStackBase() unsafe.Pointer
func shadowStackPointer() unsafe.Pointer
func shadowStackCap() unsafe.Pointer

// ctz32 counts trailing zero bits (i32.ctz).
func ctz32(x uint32) uint32

var (
	markStack    uintptr // a spanManual span's memory
	markStackLen uintptr // in entries
	markStackTop uintptr
	markSpan     *mspan
	heapLive     uintptr
)

func gcCollect() {
	for i := 0; i < 2*nSmall; i++ {
		current[i] = nil
		partial[i] = nil
	}
	markRoots()
	drainMarkStack()
	sweep()
	nextGC = 2 * heapLive
	if nextGC < minHeapGoal {
		nextGC = minHeapGoal
	}
	heapAlloc = heapLive
	gcCount++
}

func markRoots() {
	t := gcRootTable()
	n := *(*uint32)(t)
	for i := uint32(0); i < n; i++ {
		e := unsafe.Add(t, 4+12*i)
		addr := *(*uintptr)(e)
		sh := (*gcshape)(*(*unsafe.Pointer)(unsafe.Add(e, 4)))
		size := *(*uintptr)(unsafe.Add(e, 8))
		scanShaped(addr, size, sh)
	}
	base := *(*uintptr)(shadowStackBase())
	top := base + uintptr(*(*uint32)(shadowStackPointer()))
	for p := base; p < top; p += 4 {
		markPtr(*(*uintptr)(unsafe.Pointer(p)))
	}
}

// growShadowStack moves the shadow stack to a region at least twice as
// big when a frame would end at offset need past its capacity: frames
// are offsets from the base, so the copy is all it takes. (It never
// collects, so the GC-root pass gives it no frame.) The old region is
// not reused.
func growShadowStack(need uint32) {
	if !heapInited {
		heapInit()
	}
	capWord := (*uint32)(shadowStackCap())
	newCap := uintptr(*capWord) * 2
	for newCap < uintptr(need) {
		newCap *= 2
	}
	if newCap > maxShadowStack {
		writeString(2, "runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n")
		exit(2)
	}
	newCap = (newCap + pageBytes - 1) &^ (pageBytes - 1)
	baseWord := (*uintptr)(shadowStackBase())
	p := sysAlloc(newCap)
	memmove(unsafe.Pointer(p), unsafe.Pointer(*baseWord), int32(*(*uint32)(shadowStackPointer())))
	*baseWord = p
	*capWord = uint32(newCap)
}

// maxShadowStack bounds the shadow stack as gc bounds a goroutine's stack
// (1 GB of frames there; the shadow stack holds only their pointers).
const maxShadowStack = 256 << 20

// scanShaped marks what the pointer words of size bytes at p point to,
// the words given by shape sh repeated.
func scanShaped(p, size uintptr, sh *gcshape) {
	esize := uintptr(sh.size)
	for off := uintptr(0); off+esize <= size; off += esize {
		for w := uint32(0); w < sh.ptrWords; w++ {
			if shapeBit(sh, w) {
				markPtr(*(*uintptr)(unsafe.Pointer(p + off + 4*uintptr(w))))
			}
		}
	}
}

// markPtr marks the object p points into, if p points into one, and
// queues it for scanning when it may hold pointers. Hot: no checked
// indexing.
func markPtr(p uintptr) {
	if p < arenaStart || p >= arenaUsed {
		return
	}
	s := (*mspan)(unsafe.Pointer(*(*uintptr)(unsafe.Add(unsafe.Pointer(&spanOf), 4*((p-arenaStart)>>pageShift)))))
	if s == nil || p < s.base || p >= s.limit {
		return
	}
	if s.state == spanSmall {
		i := uint32(uint64(p-s.base) * uint64(s.divMul) >> 32)
		w := (*uint32)(unsafe.Add(unsafe.Pointer(&s.markbits), 4*(i>>5)))
		bit := uint32(1) << (i & 31)
		if *w&bit != 0 {
			return
		}
		*w |= bit
		if !s.noscan {
			pushMark(s.base + uintptr(i)*s.elemSize)
		}
	} else if s.state == spanLarge && !s.marked {
		s.marked = true
		if !s.noscan {
			pushMark(s.base)
		}
	}
}

func pushMark(p uintptr) {
	if markStackTop == markStackLen {
		growMarkStack()
	}
	*(*uintptr)(unsafe.Pointer(markStack + 4*markStackTop)) = p
	markStackTop++
}

// growMarkStack doubles the mark stack (one page to start with).
func growMarkStack() {
	npages := uintptr(1)
	if markSpan != nil {
		npages = 2 * markSpan.npages
	}
	s := allocSpan(npages)
	s.state = spanManual
	if markSpan != nil {
		memmove(unsafe.Pointer(s.base), unsafe.Pointer(markStack), int32(4*markStackTop))
		freeSpan(markSpan)
	}
	markSpan = s
	markStack = s.base
	markStackLen = npages * pageBytes / 4
}

func drainMarkStack() {
	for markStackTop > 0 {
		markStackTop--
		p := *(*uintptr)(unsafe.Pointer(markStack + 4*markStackTop))
		s := (*mspan)(unsafe.Pointer(*(*uintptr)(unsafe.Add(unsafe.Pointer(&spanOf), 4*((p-arenaStart)>>pageShift)))))
		if s.state == spanLarge {
			scanShaped(p, s.elemSize, (*gcshape)(s.shape))
			continue
		}
		// The object's words w0..end, a bitmap word at a time.
		bits := unsafe.Pointer(&s.ptrbits)
		w0 := uint32((p - s.base) >> 2)
		end := w0 + uint32(s.elemSize>>2)
		for w := w0 &^ 31; w < end; w += 32 {
			m := *(*uint32)(unsafe.Add(bits, 4*(w>>5)))
			if w < w0 {
				m &= 0xFFFFFFFF << (w0 - w)
			}
			if end-w < 32 {
				m &= 1<<(end-w) - 1
			}
			for m != 0 {
				k := ctz32(m)
				m &= m - 1
				markPtr(*(*uintptr)(unsafe.Pointer(s.base + 4*uintptr(w+k))))
			}
		}
	}
}

// sweep frees every unmarked object and clears the marks.
func sweep() {
	heapLive = 0
	for p := arenaStart; p < arenaUsed; {
		s := (*mspan)(unsafe.Pointer(spanOf[(p-arenaStart)>>pageShift]))
		if s == nil || s.base != p {
			p += pageBytes // raw pages, or a stale entry
			continue
		}
		p += s.npages * pageBytes
		if s.state == spanSmall {
			sweepSmall(s)
		} else if s.state == spanLarge {
			if s.marked {
				s.marked = false
				heapLive += s.npages * pageBytes
			} else {
				freeSpan(s)
			}
		}
	}
}

func sweepSmall(s *mspan) {
	s.free = 0
	s.nfree = 0
	for i := s.nelems; i > 0; i-- {
		k := i - 1
		if s.markbits[k>>5]&(1<<(k&31)) != 0 {
			continue
		}
		q := s.base + k*s.elemSize
		*(*uintptr)(unsafe.Pointer(q)) = s.free
		s.free = q
		s.nfree++
	}
	for i := 0; i < len(s.markbits); i++ {
		s.markbits[i] = 0
	}
	if s.nfree == s.nelems {
		freeSpan(s)
		return
	}
	heapLive += (s.nelems - s.nfree) * s.elemSize
	if s.nfree > 0 {
		sc := 2 * uintptr(s.class)
		if s.noscan {
			sc++
		}
		s.next = partial[sc]
		partial[sc] = s
	}
}
