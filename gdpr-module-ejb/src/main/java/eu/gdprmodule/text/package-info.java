/** Rules shared by every validator of text a person typed: names, titles, addresses, free text. */
package eu.gdprmodule.text;
