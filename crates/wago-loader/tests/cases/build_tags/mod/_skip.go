package zzz
