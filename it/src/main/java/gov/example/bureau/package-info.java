/** A finance bureau's local policy, written against jixiao's published API only. */
package gov.example.bureau;
