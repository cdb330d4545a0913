package pkg

import _ "example.com/UpperCase/pkg/Inner"
