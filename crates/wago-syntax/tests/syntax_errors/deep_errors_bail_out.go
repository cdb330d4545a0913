package p

func f() {
	x :=
	x :=
	x :=
	x :=
	x :=
	x :=
	x :=
	x :=
	x :=
	x :=
	x :=
	x :=
	x :=
	x :=
	x :=
}
