package top
