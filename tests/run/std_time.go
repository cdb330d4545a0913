// Package time from GOROOT: the clocks (WASI), Sleep, durations, dates,
// formatting and parsing. (Timers that deliver on channels need
// goroutines.)
package main

import (
	"os"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	elapsed := time.Since(start)
	println(elapsed >= 20*time.Millisecond, elapsed < 5*time.Second, time.Now().After(start))
	println(time.Now().Year() >= 2024, time.Now().Unix() > 1700000000)

	for _, d := range []time.Duration{0, 1500 * time.Millisecond, 90 * time.Minute, 1234567 * time.Nanosecond, -3 * time.Second} {
		print(d.String(), " ")
	}
	println()
	d, err := time.ParseDuration("1h15m30.5s")
	println(d.String(), err == nil, d.Minutes(), d.Round(time.Hour).String(), d.Truncate(time.Minute).String())

	t := time.Date(2024, time.February, 29, 23, 59, 58, 500_000_000, time.UTC)
	println(t.Format(time.RFC3339Nano), t.Weekday().String(), t.YearDay(), t.Unix(), t.UnixMilli())
	println(t.Add(2*time.Second).Format("2006-01-02 15:04:05.000 Mon Jan"), t.AddDate(0, 1, 1).Format(time.DateOnly))
	p, err := time.Parse("2006-01-02 15:04", "2023-07-04 09:30")
	println(p.String(), err == nil, p.Sub(t).String(), p.Before(t), p.Equal(p.UTC()))
	_, err = time.Parse(time.RFC3339, "not a time")
	println(err.Error())
	z := time.FixedZone("XYZ", -5*3600)
	println(t.In(z).Format(time.RFC1123Z), t.In(z).Location().String())
	y, w := t.ISOWeek()
	println(y, w, t.Truncate(24*time.Hour).Format(time.Kitchen), time.Unix(0, 0).UTC().String())
	println(time.Month(5).String(), time.Saturday.String(), t.IsZero(), time.Time{}.IsZero())
	if len(os.Args) > 5 {
		println(time.Now().String())
	}
}
