package main

type Cell struct {
	alive bool
	n     uint8
}

type Board [8][8]Cell

func step(b Board) Board {
	var next Board
	for y := 0; y < 8; y++ {
		for x := 0; x < 8; x++ {
			n := uint8(0)
			for dy := -1; dy <= 1; dy++ {
				for dx := -1; dx <= 1; dx++ {
					if dx == 0 && dy == 0 {
						continue
					}
					yy, xx := (y+dy+8)%8, (x+dx+8)%8
					if b[yy][xx].alive {
						n++
					}
				}
			}
			next[y][x].n = n
			next[y][x].alive = n == 3 || n == 2 && b[y][x].alive
		}
	}
	return next
}

func show(b *Board) {
	for _, row := range b {
		for _, c := range row {
			if c.alive {
				print("#")
			} else {
				print(".")
			}
		}
		println()
	}
}

func main() {
	var b Board
	b[0][1].alive = true
	b[1][2].alive = true
	b[2][0].alive = true
	b[2][1].alive = true
	b[2][2].alive = true
	orig := b
	for i := 0; i < 12; i++ {
		b = step(b)
	}
	show(&b)
	println()
	show(&orig)
}
