# Fails when the zh_TW catalog is incomplete: an lupdate pass over the sources into a copy of
# the .ts must leave no unfinished message, and the committed file holds no vanished or
# obsolete one. Usage: cmake -DSOURCE_DIR=... -DWORK_DIR=... -DLUPDATE=... -DLCONVERT=... -P
set(ts "${SOURCE_DIR}/translations/lowregret_zh_TW.ts")
file(READ "${ts}" committed)
foreach(kind vanished obsolete unfinished)
    string(FIND "${committed}" "type=\"${kind}\"" at)
    if(NOT at EQUAL -1)
        message(FATAL_ERROR "${ts} holds a message of type \"${kind}\"; run the update_translations target and translate it")
    endif()
endforeach()
file(MAKE_DIRECTORY "${WORK_DIR}")
set(copy "${WORK_DIR}/lowregret_zh_TW.ts")
file(COPY_FILE "${ts}" "${copy}")
execute_process(
    COMMAND "${LUPDATE}" "${SOURCE_DIR}/app/gui" -ts "${copy}" -no-obsolete -locations none -silent
    RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${out}${err}")
endif()
execute_process(
    COMMAND "${LCONVERT}" -i "${copy}" -no-finished -of ts -o "${WORK_DIR}/unfinished.ts"
    RESULT_VARIABLE status)
file(READ "${WORK_DIR}/unfinished.ts" unfinished)
string(REGEX MATCHALL "<source>[^<]*</source>" missing "${unfinished}")
list(LENGTH missing count)
if(NOT count EQUAL 0)
    string(REPLACE ";" "\n  " list "${missing}")
    message(FATAL_ERROR "${count} message(s) have no Traditional Chinese translation:\n  ${list}")
endif()
message(STATUS "zh_TW catalog complete")
