" syntax/promo.vim — highlighting for .promo promotion programs.
" Keep the keyword lists in step with grammar/promo.l; the TextMate grammar
" (editors/vscode) is tested against the lexer, this file follows it.
if exists('b:current_syntax')
  finish
endif

" Identifiers: ASCII letters, digits, '_' and any non-ASCII character
" (Chinese names); '-' joins SKU-1001 and half-up but is handled below.
syn iskeyword @,48-57,_,128-255

syn keyword promoDecl      currency timezone rounding define activity test
syn keyword promoClause    window stock limit per customer budget coupon
syn keyword promoTarget    item items category brand combo order shipping
syn keyword promoOperator  when and or not in
syn keyword promoEffect    tier spend every max nth pick for gift addon at free price each
syn keyword promoGroup     exclusive best first stack
syn keyword promoBuiltin   cart qty
syn match promoTimes     /\<x\ze\s*\d/
syn keyword promoBoolean   true false
" Inside test blocks (docs/testing.md).
syn keyword promoTest      expect line state used total subtotal discount applied offer

" customer.ATTR / cart.ATTR: any word after the dot is an attribute name.
syn match promoAttr /\%(\<customer\|\<cart\)\.\zs[^ \t\n.,()=<>!:#"]\+/
" Names right after activity / define / exclusive / stack.
syn match promoName /\%(\<activity\|\<define\|\<exclusive\|\<stack\)\s\+\zs[^ \t\n"{:=#]\+/

" Literals. Order matters: later matches win at the same position.
syn match promoNumber   /\<\d\+\%(\.\d\+\)\=/
syn match promoPercent  /\d\+\%(\.\d\+\)\=%/
syn match promoZhe      /\d\+\%(\.\d\+\)\=折/
syn match promoDate     /\<\d\{4}-\d\{2}-\d\{2}\>/
syn match promoTime     /\<\d\{2}:\d\{2}\%(:\d\{2}\)\=\%(Z\|[+-]\d\{2}:\d\{2}\)\=/
syn match promoZone     /[-+−]\d\{2}:\d\{2}/
syn match promoSku      /\<[A-Za-z_][A-Za-z0-9_]*\%(-[A-Za-z0-9_]\+\)\+/
syn region promoString  start=/"/ skip=/\\\\\|\\"/ end=/"\|$/ contains=promoEscape oneline
syn match promoEscape   /\\[\\"nt]/ contained

" Operators, ASCII and Unicode alternates.
syn match promoArrow    /->\|→/
syn match promoCompare  /[<>]=\=\|[!=]=\|[≥≤≠]/
syn match promoSymbol   /\.\.\|[−×]/

syn match promoComment  /#.*$/ contains=promoTodo
syn match promoDoc      /##.*$/ contains=promoTodo
syn keyword promoTodo   TODO FIXME XXX contained

hi def link promoDecl     Keyword
hi def link promoClause   Keyword
hi def link promoTarget   Type
hi def link promoOperator Conditional
hi def link promoEffect   Statement
hi def link promoGroup    Structure
hi def link promoBuiltin  Keyword
hi def link promoBoolean  Boolean
hi def link promoTest     PreProc
hi def link promoAttr     Identifier
hi def link promoName     Function
hi def link promoNumber   Number
hi def link promoPercent  Number
hi def link promoZhe      Number
hi def link promoDate     Constant
hi def link promoTime     Constant
hi def link promoZone     Constant
hi def link promoSku      Constant
hi def link promoString   String
hi def link promoEscape   SpecialChar
hi def link promoArrow    Operator
hi def link promoCompare  Operator
hi def link promoSymbol   Operator
hi def link promoTimes    Operator
hi def link promoComment  Comment
hi def link promoDoc      SpecialComment
hi def link promoTodo     Todo

let b:current_syntax = 'promo'
