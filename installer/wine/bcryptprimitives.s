# bcryptprimitives.dll for the Wine of the installer test (Debian 12's Wine 8 lacks it; Windows
# 10 and 11 have it in System32). Rust's standard library takes its random numbers from its
# ProcessPrng, so without it rpds (under jsonschema) does not load. ProcessPrng(buffer,
# length) fills the buffer and returns TRUE; here through advapi32's RtlGenRandom
# (SystemFunction036), which Wine has. Built and put into the test's throwaway prefix only.
    .text
    .globl ProcessPrng
ProcessPrng:
    subq $40, %rsp
    call *__imp_SystemFunction036(%rip)
    movl $1, %eax
    addq $40, %rsp
    ret
    .globl DllMain
DllMain:
    movl $1, %eax
    ret
