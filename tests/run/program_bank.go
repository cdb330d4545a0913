package main

import (
	"errors"
	"os"
	"sort"
	"strconv"
)

type Account struct {
	ID      int
	Owner   string
	Balance float64
	History []Tx
}

type Tx struct {
	Amount float64
	Note   string
}

var ErrInsufficient = errors.New("insufficient funds")

type Bank struct {
	accounts map[int]*Account
	nextID   int
}

func NewBank() *Bank { return &Bank{accounts: make(map[int]*Account), nextID: 1} }

func (b *Bank) Open(owner string, initial float64) *Account {
	a := &Account{ID: b.nextID, Owner: owner, Balance: initial}
	b.accounts[a.ID] = a
	b.nextID++
	return a
}

type TransferError struct {
	From, To int
	Err      error
}

func (e *TransferError) Error() string {
	return "transfer " + strconv.Itoa(e.From) + "->" + strconv.Itoa(e.To) + ": " + e.Err.Error()
}
func (e *TransferError) Unwrap() error { return e.Err }

func (b *Bank) Transfer(from, to int, amt float64) error {
	f, ok := b.accounts[from]
	if !ok {
		return &TransferError{from, to, errors.New("no such account")}
	}
	t := b.accounts[to]
	if f.Balance < amt {
		return &TransferError{from, to, ErrInsufficient}
	}
	f.Balance -= amt
	t.Balance += amt
	f.History = append(f.History, Tx{-amt, "to " + t.Owner})
	t.History = append(t.History, Tx{amt, "from " + f.Owner})
	return nil
}

type Stringer interface{ String() string }

func (a *Account) String() string {
	return a.Owner + "#" + strconv.Itoa(a.ID) + " " + strconv.FormatFloat(a.Balance, 'f', 2, 64)
}

func main() {
	b := NewBank()
	alice := b.Open("alice", 100)
	bob := b.Open("bob", 50)
	carol := b.Open("carol", 75.5)
	steps := []struct {
		from, to int
		amt      float64
	}{{1, 2, 30}, {2, 3, 100}, {3, 1, 0.5}, {9, 1, 1}}
	for _, s := range steps {
		if err := b.Transfer(s.from, s.to, s.amt); err != nil {
			println("error:", err.Error(), errors.Is(err, ErrInsufficient))
			var te *TransferError
			if errors.As(err, &te) {
				println("  from", te.From)
			}
		}
	}
	accts := []*Account{carol, alice, bob}
	sort.Slice(accts, func(i, j int) bool { return accts[i].Balance > accts[j].Balance })
	for _, a := range accts {
		var s Stringer = a
		println(s.String(), len(a.History))
	}
	if len(os.Args) > 5 {
		os.Exit(3)
	}
	total := 0.0
	for _, a := range b.accounts {
		total += a.Balance
	}
	println("total", strconv.FormatFloat(total, 'f', 1, 64))
}
