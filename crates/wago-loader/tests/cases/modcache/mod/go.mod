module example.com/m

go 1.23

require example.com/UpperCase v1.0.0
