println "experiment"
