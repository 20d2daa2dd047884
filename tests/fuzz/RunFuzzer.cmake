# Runs one libFuzzer target for ctest (tests/fuzz/CMakeLists.txt).
#   -DFUZZER=exe -DCORPUS=dir -DWORK_DIR=dir, then either
#   -DSECONDS=n [-DDICT=file]     fuzz for n seconds from a fresh copy of CORPUS
#   -DMODE=regressions [-DCRASHES=dir]   run every file of CORPUS and CRASHES once
# A crash leaves its input in WORK_DIR/artifacts/ and fails the test.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}/artifacts")

if(MODE STREQUAL "regressions")
    file(GLOB inputs LIST_DIRECTORIES false "${CORPUS}/*")
    if(CRASHES AND IS_DIRECTORY "${CRASHES}")
        file(GLOB crashes LIST_DIRECTORIES false "${CRASHES}/*")
        list(FILTER crashes EXCLUDE REGEX "\\.(md|py)$")
        list(APPEND inputs ${crashes})
    endif()
    if(NOT inputs)
        message(FATAL_ERROR "no inputs in ${CORPUS}")
    endif()
    execute_process(
        COMMAND "${FUZZER}" -rss_limit_mb=2048 -timeout=30 "-artifact_prefix=${WORK_DIR}/artifacts/" ${inputs}
        RESULT_VARIABLE rc)
else()
    file(COPY "${CORPUS}/" DESTINATION "${WORK_DIR}/corpus")
    set(dict_arg)
    if(DICT)
        set(dict_arg "-dict=${DICT}")
    endif()
    execute_process(
        COMMAND "${FUZZER}" -max_total_time=${SECONDS} -rss_limit_mb=2048 -timeout=10 -print_final_stats=1
                ${dict_arg} "-artifact_prefix=${WORK_DIR}/artifacts/" "${WORK_DIR}/corpus"
        RESULT_VARIABLE rc)
endif()

if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${FUZZER} failed (${rc}); the input is in ${WORK_DIR}/artifacts/")
endif()
