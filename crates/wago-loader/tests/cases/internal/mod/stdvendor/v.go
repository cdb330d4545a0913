package stdvendor

import _ "vendor/golang.org/x/net/dns/dnsmessage"
