@echo off
rem Tarjama launcher for Windows (cmd.exe and PowerShell).
rem   In a checkout (pom.xml beside this file): builds target\tarjama.jar with Maven on first use, then runs it.
rem   In the distribution (tarjama-VERSION.zip): runs lib\tarjama.jar.
rem Works from any directory; put this file's folder on PATH (a symbolic link to the file is not followed).
rem JVM options: TARJAMA_JAVA_OPTS (e.g. set TARJAMA_JAVA_OPTS=-Xmx4g). Java: JAVA_HOME, else java on PATH.
setlocal
set "HERE=%~dp0"
set "JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
if exist "%HERE%pom.xml" goto checkout
set "JAR=%HERE%lib\tarjama.jar"
if exist "%JAR%" goto run
echo tarjama: %JAR% is missing: reinstall the distribution 1>&2
exit /b 4

:checkout
set "JAR=%HERE%target\tarjama.jar"
if exist "%JAR%" goto run
if not exist "%HERE%target" mkdir "%HERE%target"
echo tarjama: building target\tarjama.jar on first use, about a minute; log: %HERE%target\launcher-build.log 1>&2
pushd "%HERE%"
call mvn -B -q -Dstyle.color=never -DskipTests -Dtarjama.skipDocs=true package > "%HERE%target\launcher-build.log" 2>&1
set "BUILD=%ERRORLEVEL%"
popd
if "%BUILD%"=="0" goto run
echo tarjama: the build failed (exit 4); see %HERE%target\launcher-build.log 1>&2
exit /b 4

:run
"%JAVA%" %TARJAMA_JAVA_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
